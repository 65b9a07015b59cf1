package vn.ptdv.review.util;

import java.util.Arrays;
import java.util.List;

/** Column-name lists as the Scala sequences some Dataset methods (join using columns) take. */
public final class ScalaSeq {
    private ScalaSeq() {}

    public static scala.collection.Seq<String> of(String... names) {
        return of(Arrays.asList(names));
    }

    public static scala.collection.Seq<String> of(List<String> names) {
        return scala.collection.JavaConverters.asScalaBuffer(names).toSeq();
    }
}
