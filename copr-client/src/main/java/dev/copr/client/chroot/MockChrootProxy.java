package dev.copr.client.chroot;

import java.util.Map;

/**
 * The chroots (Mock configs) Copr currently offers: python-copr's {@code MockChrootProxy}; get it
 * from {@code CoprClient.mockChroots()}.
 *
 * @since 0.1.0
 */
public interface MockChrootProxy {

    /**
     * All active chroots, by name, with the instance's comment on each (converted from HTML to
     * text; empty when there is none), in Copr's order; python-copr {@code get_list()}. Not
     * paginated: python-copr's {@code pagination} argument is ignored by python-copr and by Copr,
     * so this method has none.
     */
    Map<String, String> getList();
}
