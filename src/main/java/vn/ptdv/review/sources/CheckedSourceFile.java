package vn.ptdv.review.sources;

import java.util.List;
import vn.ptdv.review.catalog.SourceFile;

/**
 * A source file that passed the file-level checks.
 *
 * @param file    which file of the contract
 * @param path    where it is (a Hadoop path string), as recorded in lineage
 * @param readPath where Spark reads it: the file itself, or its UTF-8 copy when the source encoding is another
 * @param sha256  hash of its bytes, the identity of the file across runs
 * @param header  its columns, normalised (trimmed, lower case), in file order
 * @param lines   lines in the file, header included
 */
public record CheckedSourceFile(SourceFile file, String path, String readPath, String sha256, List<String> header, long lines) {}
