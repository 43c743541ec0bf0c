package com.jobtracker.matching;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code resume_embeddings} and {@code job_embeddings} tables. */
@Repository
class VectorStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    VectorStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    Optional<float[]> resumeVector(UUID resumeId, EmbeddingKey key, byte[] contentHash) {
        return jdbc.sql("""
                        select vector from resume_embeddings
                        where resume_id = :id and provider = :provider and model = :model and dimensions = :dims
                          and content_hash = :hash
                        """)
                .param("id", resumeId)
                .param("provider", key.provider())
                .param("model", key.model())
                .param("dims", key.dimensions())
                .param("hash", contentHash)
                .query((rs, n) -> decode(rs.getBytes(1)))
                .optional();
    }

    void saveResumeVector(UUID resumeId, EmbeddingKey key, byte[] contentHash, float[] vector) {
        jdbc.sql("""
                        insert into resume_embeddings (resume_id, provider, model, dimensions, content_hash, vector,
                                                       created_at)
                        select :id, :provider, :model, :dims, :hash, :vector, :now
                        where exists (select 1 from resumes where id = :id)
                        on conflict (resume_id, provider, model, dimensions)
                        do update set content_hash = excluded.content_hash, vector = excluded.vector,
                                      created_at = excluded.created_at
                        """)
                .param("id", resumeId)
                .param("provider", key.provider())
                .param("model", key.model())
                .param("dims", key.dimensions())
                .param("hash", contentHash)
                .param("vector", encode(vector))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The stored vectors among {@code hashes}, keyed by hex hash. */
    Map<String, float[]> jobVectors(List<byte[]> hashes, EmbeddingKey key) {
        Map<String, float[]> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select content_hash, vector from job_embeddings
                        where provider = :provider and model = :model and dimensions = :dims
                          and content_hash in (:hashes)
                        """)
                .param("provider", key.provider())
                .param("model", key.model())
                .param("dims", key.dimensions())
                .param("hashes", hashes)
                .query(rs -> {
                    found.put(hex(rs.getBytes(1)), decode(rs.getBytes(2)));
                });
        return found;
    }

    void saveJobVectors(Map<String, float[]> vectorsByHexHash, EmbeddingKey key) {
        List<Object[]> rows = new ArrayList<>();
        vectorsByHexHash.forEach(
                (hex, vector) -> rows.add(new Object[] {HexFormat.of().parseHex(hex), vector}));
        for (Object[] row : rows) {
            jdbc.sql("""
                            insert into job_embeddings (content_hash, provider, model, dimensions, vector, created_at)
                            values (:hash, :provider, :model, :dims, :vector, :now)
                            on conflict do nothing
                            """)
                    .param("hash", row[0])
                    .param("provider", key.provider())
                    .param("model", key.model())
                    .param("dims", key.dimensions())
                    .param("vector", encode((float[]) row[1]))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] decode(byte[] bytes) {
        float[] vector = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
