@NullMarked
package com.jobtracker.jobs.provider.themuse;

import org.jspecify.annotations.NullMarked;
