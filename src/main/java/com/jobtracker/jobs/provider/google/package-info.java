@NullMarked
package com.jobtracker.jobs.provider.google;

import org.jspecify.annotations.NullMarked;
