@NullMarked
package com.jobtracker.jobs.provider.indeed;

import org.jspecify.annotations.NullMarked;
