/** Where uploaded files live: the data directory, or an S3-compatible bucket when one is configured. */
@NullMarked
package com.jobtracker.resumes.storage;

import org.jspecify.annotations.NullMarked;
