@NullMarked
package com.jobtracker.jobs.config;

import org.jspecify.annotations.NullMarked;
