package dev.copr.autoconfigure;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.util.function.SingletonSupplier;

/**
 * Lets {@link CoprProperties}' {@code ignoreUnknownFields = false} reject typos such as
 * {@code copr.tokn} but not the keys other modules bind below {@code copr}: Boot's check counts
 * {@code copr.stub.enabled} as unknown because {@code CoprProperties} has no {@code stub} field.
 */
final class CoprUnknownPropertiesAdvisor implements ConfigurationPropertiesBindHandlerAdvisor {

    private static final ConfigurationPropertyName COPR = ConfigurationPropertyName.of("copr");

    private final Predicate<String> foreign;

    /** @param foreign whether a {@code copr.*} name belongs to another module */
    CoprUnknownPropertiesAdvisor(Predicate<String> foreign) {
        this.foreign = foreign;
    }

    /**
     * An advisor that lets through the groups of other modules' metadata and the prefixes of the
     * {@code @ConfigurationProperties} beans of the application, which need no metadata.
     */
    static CoprUnknownPropertiesAdvisor of(ConfigurableListableBeanFactory beanFactory) {
        // Read only when a copr.* key is left unbound: parsing every metadata file costs start-up time
        Supplier<CoprPropertyNames> names = SingletonSupplier.of(
                () -> CoprPropertyNames.load(classLoader(beanFactory)));
        return new CoprUnknownPropertiesAdvisor(name -> names.get().isForeign(name) || boundByBean(beanFactory, name));
    }

    private static ClassLoader classLoader(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        return classLoader != null ? classLoader : CoprUnknownPropertiesAdvisor.class.getClassLoader();
    }

    private static boolean boundByBean(ListableBeanFactory beanFactory, String name) {
        return Arrays.stream(beanFactory.getBeanNamesForAnnotation(ConfigurationProperties.class))
                .map(bean -> beanFactory.findAnnotationOnBean(bean, ConfigurationProperties.class))
                .filter(Objects::nonNull)
                .map(annotation -> annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix())
                .anyMatch(prefix -> !prefix.equals("copr") && name.startsWith(prefix + "."));
    }

    @Override
    public BindHandler apply(BindHandler bindHandler) {
        return new AbstractBindHandler(bindHandler) {
            @Override
            public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                 @Nullable Object result) throws Exception {
                try {
                    super.onFinish(name, target, context, result);
                } catch (UnboundConfigurationPropertiesException e) {
                    if (!COPR.equals(name)) {
                        throw e;
                    }
                    Set<ConfigurationProperty> unknown = new TreeSet<>(e.getUnboundProperties());
                    unknown.removeIf(property -> foreign.test(property.getName().toString()));
                    if (!unknown.isEmpty()) {
                        throw new UnboundConfigurationPropertiesException(unknown);
                    }
                }
            }
        };
    }
}
