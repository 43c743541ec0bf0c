@NullMarked
package com.jobtracker.jobs.logo;

import org.jspecify.annotations.NullMarked;
