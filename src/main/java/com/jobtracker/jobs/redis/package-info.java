@NullMarked
package com.jobtracker.jobs.redis;

import org.jspecify.annotations.NullMarked;
