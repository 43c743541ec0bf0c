@NullMarked
package com.jobtracker;

import org.jspecify.annotations.NullMarked;
