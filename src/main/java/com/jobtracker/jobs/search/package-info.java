@NullMarked
package com.jobtracker.jobs.search;

import org.jspecify.annotations.NullMarked;
