@NullMarked
package com.jobtracker.jobs.provider;

import org.jspecify.annotations.NullMarked;
