@NullMarked
package com.jobtracker.jobs.provider.greenhouse;

import org.jspecify.annotations.NullMarked;
