/** The deterministic match score: features of a job and a resume, calibration, the blend, and its reasons. */
@NullMarked
package com.jobtracker.matching.scoring;

import org.jspecify.annotations.NullMarked;
