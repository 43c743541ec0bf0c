@NullMarked
package com.jobtracker.jobs.provider.linkedin;

import org.jspecify.annotations.NullMarked;
