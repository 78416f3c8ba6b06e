package org.raqib.tlog;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every inclusion vector of transparency-dev/merkle passes or fails exactly as its wantErr says. */
class InclusionProofVectorTests {

    private static final String FOLDER = "merkle/testdata/inclusion";

    @TestFactory
    Stream<DynamicTest> everyVectorVerifiesAsItsWantErrSays() {
        Path root = Vectors.path(FOLDER);
        return Vectors.jsonFiles(FOLDER).stream()
                .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> check(Vectors.jsonObject(file))));
    }

    @Test
    void suiteHoldsAllNinetyEightFiles() {
        assertThat(Vectors.jsonFiles(FOLDER)).hasSize(98);
    }

    private static void check(Map<String, Object> vector) {
        Runnable verify = () -> InclusionProof.verify(
                Vectors.uint64(vector.get("leafIdx")),
                Vectors.uint64(vector.get("treeSize")),
                Vectors.base64(vector.get("leafHash")),
                Vectors.base64List(vector.get("proof")),
                Vectors.base64(vector.get("root")));
        if ((Boolean) vector.get("wantErr")) {
            assertThatThrownBy(verify::run).as((String) vector.get("desc")).isInstanceOf(ProofException.class);
        } else {
            assertThatCode(verify::run).as((String) vector.get("desc")).doesNotThrowAnyException();
        }
    }
}
