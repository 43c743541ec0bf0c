/**
 * The shared Redis connection every module uses when {@code spring.data.redis.url} is set: connected lazily (the
 * application starts while Redis is down), reconnected by Lettuce, commands rejected at once while disconnected so
 * callers can fall back instead of waiting, and a health indicator that never takes an instance out of rotation.
 */
@NullMarked
package com.jobtracker.shared.redis;

import org.jspecify.annotations.NullMarked;
