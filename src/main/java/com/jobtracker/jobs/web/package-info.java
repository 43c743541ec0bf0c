@NullMarked
package com.jobtracker.jobs.web;

import org.jspecify.annotations.NullMarked;
