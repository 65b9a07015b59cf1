package vn.ptdv.review.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Checks on written chart files. */
public final class Pictures {
    private Pictures() {}

    /** The file decodes as an image of that size with more than one colour (sampled every 7 pixels). */
    public static void assertPicture(Path f, int width, int height) throws IOException {
        BufferedImage img = ImageIO.read(f.toFile());
        assertThat(img).as(f.toString()).isNotNull();
        assertThat(img.getWidth()).as(f + " width").isEqualTo(width);
        assertThat(img.getHeight()).as(f + " height").isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height && colours.size() < 10; y += 7) {
            for (int x = 0; x < width; x += 7) colours.add(img.getRGB(x, y));
        }
        assertThat(colours).as(f + " distinct colours").hasSizeGreaterThan(1);
    }
}
