/** Platform-wide metrics that belong to no single module (the background job queue). */
@NullMarked
package com.jobtracker.shared.metrics;

import org.jspecify.annotations.NullMarked;
