@NullMarked
package com.jobtracker.jobs.provider.arbeitnow;

import org.jspecify.annotations.NullMarked;
