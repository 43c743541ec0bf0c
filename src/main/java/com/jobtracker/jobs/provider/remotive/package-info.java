@NullMarked
package com.jobtracker.jobs.provider.remotive;

import org.jspecify.annotations.NullMarked;
