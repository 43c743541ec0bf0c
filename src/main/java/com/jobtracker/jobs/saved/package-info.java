@NullMarked
package com.jobtracker.jobs.saved;

import org.jspecify.annotations.NullMarked;
