package org.raqib.tlog.bench;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.raqib.tlog.Ed25519KeyPair;
import org.raqib.tlog.StrictEd25519;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The strict Ed25519 rule on a registered key, over a message the size of an entry's text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519Benchmark {

    private StrictEd25519.PublicKey key;
    private byte[] message;
    private byte[] signature;

    @Setup
    public void sign() {
        Ed25519KeyPair pair = Ed25519KeyPair.generate(new SecureRandom());
        key = StrictEd25519.publicKey(pair.publicKey());
        message = ("ceasefire.example/log/2026a entry/v1\nkind exchange.handover/v1\nparty party-a.example/custodial\n"
                + "seq 417\ntime 2026-03-02T09:14:05Z\nseen 20852163 CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
                + "payload-sha256 vglGAF7PUx0lfrHqFjJTsM3yD4VI/Nguv7uJuoGONms=\n").getBytes(UTF_8);
        signature = pair.sign(message);
    }

    @Benchmark
    public boolean strictVerify() {
        return StrictEd25519.verify(key, message, signature);
    }
}
