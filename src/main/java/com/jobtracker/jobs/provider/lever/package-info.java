@NullMarked
package com.jobtracker.jobs.provider.lever;

import org.jspecify.annotations.NullMarked;
