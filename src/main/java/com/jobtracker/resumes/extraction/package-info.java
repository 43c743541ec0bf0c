/** Turning an uploaded file into plain text: type detection by content, bounded parsing with Apache Tika. */
@NullMarked
package com.jobtracker.resumes.extraction;

import org.jspecify.annotations.NullMarked;
