@NullMarked
package com.jobtracker.shared.database;

import org.jspecify.annotations.NullMarked;
