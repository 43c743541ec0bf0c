package com.jobtracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import redis.embedded.RedisServer;

/**
 * A real Redis for the tests that are about Redis: {@code SPRING_DATA_REDIS_URL} when set (CI), else the server on
 * 127.0.0.1:6379 when one listens, else an embedded one started once per JVM — so a fresh machine needs none.
 * Tests keep their keys apart with random prefixes.
 */
public final class TestRedis {

    private static String url;

    private TestRedis() {}

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("SPRING_DATA_REDIS_URL");
            if (configured != null && !configured.isBlank()) {
                url = configured;
            } else if (listening(6379)) {
                url = "redis://127.0.0.1:6379";
            } else {
                url = "redis://127.0.0.1:" + startEmbedded();
            }
        }
        return url;
    }

    private static int startEmbedded() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            RedisServer server = new RedisServer(port);
            server.start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded Redis", e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
