package cymru.cofnod.itests;

import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.RunnerBuilder;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The one Cofnod the suite's test classes share: booted once for every class that extends this (Pax Exam
 * {@code PerSuite}), when they run together as {@link SharedSuiteIT}. A test here makes its own people and data,
 * or reads only what no test changes, so that it passes in any order beside the others. Tests that restart or
 * kill Cofnod boot their own (the {@code own-container} execution in pom.xml).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class SharedCofnod {

    @Configuration
    public Option[] config() {
        return CofnodContainer.shared();
    }

    /**
     * Every class that extends {@link SharedCofnod}, found among the compiled tests, as one JUnit suite. Pax Exam
     * keeps a {@code PerSuite} container up until the last class it has been told of is done; a suite tells it
     * of all of them before the first runs. Run one by one, each class would boot and stop its own.
     */
    public static final class Everyone extends Suite {

        public Everyone(Class<?> suite, RunnerBuilder builder) throws InitializationError {
            super(builder, suite, sharing());
        }

        private static Class<?>[] sharing() throws InitializationError {
            File folder;
            try {
                folder = new File(SharedCofnod.class.getResource("SharedCofnod.class").toURI()).getParentFile();
            } catch (URISyntaxException e) {
                throw new InitializationError(e);
            }
            List<Class<?>> classes = new ArrayList<>();
            String[] names = folder.list((dir, name) -> name.endsWith("IT.class"));
            java.util.Arrays.sort(names);
            for (String name : names) {
                try {
                    Class<?> c = Class.forName(SharedCofnod.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()));
                    if (SharedCofnod.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                        classes.add(c);
                    }
                } catch (ClassNotFoundException e) {
                    throw new InitializationError(e);
                }
            }
            return classes.toArray(new Class<?>[0]);
        }
    }
}
