@NullMarked
package com.jobtracker.jobs.provider.remoteok;

import org.jspecify.annotations.NullMarked;
