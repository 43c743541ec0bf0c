@NullMarked
package com.jobtracker.jobs.provider.ashby;

import org.jspecify.annotations.NullMarked;
