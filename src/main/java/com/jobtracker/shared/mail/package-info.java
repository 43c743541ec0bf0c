@NullMarked
package com.jobtracker.shared.mail;

import org.jspecify.annotations.NullMarked;
