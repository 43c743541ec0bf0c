@NullMarked
package com.jobtracker.shared.web;

import org.jspecify.annotations.NullMarked;
