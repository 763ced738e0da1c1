/* log.txt in METAVERSE_XR_CAPTURE (one line per event, flushed at once so a killed client leaves a full log)
 * and error reports on stderr. */
#include "runtime.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static FILE *log_file;
static bool log_opened;

const char *rt_capture_dir(void) {
    const char *dir = getenv("METAVERSE_XR_CAPTURE");
    return dir != NULL && dir[0] != '\0' ? dir : NULL;
}

static FILE *open_log(void) {
    if (!log_opened) {
        log_opened = true;
        const char *dir = rt_capture_dir();
        if (dir != NULL) {
            char path[4096];
            snprintf(path, sizeof path, "%s/log.txt", dir);
            log_file = fopen(path, "a");
            if (log_file == NULL) {
                fprintf(stderr, "metaverse-test-runtime: cannot open %s\n", path);
            }
        }
    }
    return log_file;
}

static void write_line(const char *format, va_list args) {
    FILE *file = open_log();
    if (file != NULL) {
        vfprintf(file, format, args);
        fputc('\n', file);
        fflush(file);
    }
}

void rt_log(const char *format, ...) {
    va_list args;
    va_start(args, format);
    write_line(format, args);
    va_end(args);
    if (getenv("METAVERSE_XR_VERBOSE") != NULL) {
        va_start(args, format);
        fputs("metaverse-test-runtime: ", stderr);
        vfprintf(stderr, format, args);
        fputc('\n', stderr);
        va_end(args);
    }
}

XrResult rt_fail(XrResult result, const char *call, const char *format, ...) {
    char reason[512];
    va_list args;
    va_start(args, format);
    vsnprintf(reason, sizeof reason, format, args);
    va_end(args);
    rt_log("error frame=%lld call=%s result=%d reason=%s", (long long)rt_frame, call, (int)result, reason);
    fprintf(stderr, "metaverse-test-runtime: %s failed (%d): %s\n", call, (int)result, reason);
    return result;
}
