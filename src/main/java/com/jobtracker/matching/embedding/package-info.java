/** Embedding providers behind one interface, text chunking and vector arithmetic. */
@NullMarked
package com.jobtracker.matching.embedding;

import org.jspecify.annotations.NullMarked;
