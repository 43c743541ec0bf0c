/**
 * Deterministic resume parsing: lines → sections → entries → fields, each decision a small explainable rule (see
 * {@code MATCHING.md}). No model, no network; the same text always gives the same profile.
 */
@NullMarked
package com.jobtracker.resumes.parsing;

import org.jspecify.annotations.NullMarked;
