/**
 * The few pieces every module uses: RFC 9457 problem responses, the pagination envelope and the embedded
 * PostgreSQL that runs when no database is configured. Kept small on purpose: a feature belongs in its module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.jobtracker.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
