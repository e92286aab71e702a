package dev.copr.client.result;

/**
 * What a download did with one file.
 *
 * @since 0.1.0
 */
public enum DownloadOutcome {
    /** Downloaded and renamed into place. */
    DOWNLOADED,
    /** Left alone: a file of the same name and size was already there. */
    ALREADY_COMPLETE,
    /** The results host answered 404, e.g. a log this Copr does not gzip or a spec under another name. */
    NOT_FOUND
}
