/**
 * The tracker itself: a person's job applications, every status change they went through, list filters, CSV export
 * and import. Other modules read the meaning of a status (is it a response, how far down the funnel is it) from
 * {@link com.jobtracker.applications.ApplicationStatus}; the tables {@code applications} and
 * {@code application_status_history} are owned here and may be read, never written, by the analytics module.
 */
@ApplicationModule(allowedDependencies = {"shared", "auth"})
@NullMarked
package com.jobtracker.applications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
