/* The scripted trajectory (METAVERSE_XR_SCRIPT): see README.md for the format. Loaded once per process. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 512
#define MAX_INPUTS 512
#define MAX_MARKS 256

typedef struct pose_key { int64_t frame; XrPosef pose; } pose_key;
typedef struct input_key { int64_t frame; int hand; char component[32]; char kind; float x, y; } input_key;
typedef struct mark { int64_t frame; char command[16]; } mark;

static bool loaded;
static pose_key keys[RT_TRACKS][MAX_KEYS];
static int key_counts[RT_TRACKS];
static input_key inputs[MAX_INPUTS];
static int input_count;
static mark marks[MAX_MARKS];
static int mark_count;
static bool exit_gone;
static char profile[XR_MAX_PATH_LENGTH];
static uint32_t view_width = 640, view_height = 360;

static int parse_hand(const char *word) {
    if (strcmp(word, "left") == 0) return RT_LEFT;
    if (strcmp(word, "right") == 0) return RT_RIGHT;
    return -1;
}

static bool add_pose(int track, int64_t frame, const char *position, const char *orientation) {
    XrPosef pose;
    if (key_counts[track] == MAX_KEYS ||
        sscanf(position, "%f,%f,%f", &pose.position.x, &pose.position.y, &pose.position.z) != 3 ||
        sscanf(orientation, "%f,%f,%f,%f", &pose.orientation.x, &pose.orientation.y, &pose.orientation.z, &pose.orientation.w) != 4 ||
        !rt_pose_is_valid(pose)) {
        return false;
    }
    int i = key_counts[track]++;
    while (i > 0 && keys[track][i - 1].frame > frame) {   /* keep sorted by frame */
        keys[track][i] = keys[track][i - 1];
        i--;
    }
    keys[track][i].frame = frame;
    keys[track][i].pose = pose;
    return true;
}

static bool add_input(int64_t frame, int hand, const char *component, char kind, float x, float y) {
    if (hand < 0 || input_count == MAX_INPUTS || strlen(component) >= sizeof inputs[0].component) {
        return false;
    }
    int i = input_count++;
    while (i > 0 && inputs[i - 1].frame > frame) {
        inputs[i] = inputs[i - 1];
        i--;
    }
    inputs[i].frame = frame;
    inputs[i].hand = hand;
    snprintf(inputs[i].component, sizeof inputs[i].component, "%s", component);
    inputs[i].kind = kind;
    inputs[i].x = x;
    inputs[i].y = y;
    return true;
}

static bool add_mark(const char *command, int64_t frame) {
    if (mark_count == MAX_MARKS) return false;
    marks[mark_count].frame = frame;
    snprintf(marks[mark_count].command, sizeof marks[0].command, "%s", command);
    mark_count++;
    return true;
}

/* One line: returns false when it is malformed. */
static bool parse_line(char *line) {
    char command[32], a[256] = "", b[256] = "", c[256] = "", d[256] = "";
    long long frame = 0;
    char *hash = strchr(line, '#');
    if (hash != NULL) *hash = '\0';
    int words = sscanf(line, "%31s %255s %255s %255s %255s", command, a, b, c, d);
    if (words <= 0) return true;   /* blank or comment */
    if (strcmp(command, "profile") == 0) {
        return words == 2 && snprintf(profile, sizeof profile, "%s", a) > 0;
    }
    if (strcmp(command, "resolution") == 0) {
        return words == 3 && sscanf(a, "%u", &view_width) == 1 && sscanf(b, "%u", &view_height) == 1 && view_width > 0 &&
               view_height > 0 && view_width <= 2048 && view_height <= 2048;
    }
    if (words < 2 || sscanf(a, "%lld", &frame) != 1 || frame < 0) return false;
    if (strcmp(command, "head") == 0) return words == 4 && add_pose(RT_HEAD, frame, b, c);
    if (strcmp(command, "left") == 0) return words == 4 && add_pose(RT_LEFT, frame, b, c);
    if (strcmp(command, "right") == 0) return words == 4 && add_pose(RT_RIGHT, frame, b, c);
    if (strcmp(command, "press") == 0) return words == 4 && add_input(frame, parse_hand(b), c, 'p', 1, 0);
    if (strcmp(command, "release") == 0) return words == 4 && add_input(frame, parse_hand(b), c, 'r', 0, 0);
    float x = 0, y = 0;
    if (strcmp(command, "squeeze") == 0) return words == 4 && sscanf(c, "%f", &x) == 1 && add_input(frame, parse_hand(b), "squeeze", 'v', x, 0);
    if (strcmp(command, "value") == 0) return words == 5 && sscanf(d, "%f", &x) == 1 && add_input(frame, parse_hand(b), c, 'v', x, 0);
    if (strcmp(command, "stick") == 0) {
        return (words == 4 || words == 5) && sscanf(c, "%f,%f", &x, &y) == 2 &&
               add_input(frame, parse_hand(b), words == 5 ? d : "thumbstick", 's', x, y);
    }
    if (strcmp(command, "exit") == 0) {
        if (words == 3 && strcmp(b, "gone") == 0) exit_gone = true;
        else if (words != 2) return false;
        return add_mark(command, frame);
    }
    if (strcmp(command, "lose") == 0 || strcmp(command, "stop") == 0 || strcmp(command, "capture") == 0 ||
        strcmp(command, "unfocus") == 0 || strcmp(command, "focus") == 0) {
        return words == 2 && add_mark(command, frame);
    }
    return false;
}

XrResult rt_script_load(void) {
    if (loaded) return XR_SUCCESS;
    loaded = true;
    const char *path = getenv("METAVERSE_XR_SCRIPT");
    if (path == NULL || path[0] == '\0') return XR_SUCCESS;
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        return rt_fail(XR_ERROR_RUNTIME_FAILURE, "xrCreateInstance", "cannot read METAVERSE_XR_SCRIPT %s", path);
    }
    char line[1024];
    int number = 0;
    XrResult result = XR_SUCCESS;
    while (fgets(line, sizeof line, file) != NULL) {
        number++;
        char copy[1024];
        snprintf(copy, sizeof copy, "%s", line);
        if (!parse_line(line)) {
            copy[strcspn(copy, "\r\n")] = '\0';
            result = rt_fail(XR_ERROR_RUNTIME_FAILURE, "xrCreateInstance", "%s line %d is malformed: %s", path, number, copy);
            break;
        }
    }
    fclose(file);
    rt_log("script lines=%d poses=%d inputs=%d marks=%d", number, key_counts[0] + key_counts[1] + key_counts[2], input_count, mark_count);
    return result;
}

bool rt_script_track_pose(int track, double frame, XrPosef *pose) {
    int count = key_counts[track];
    if (count == 0) {
        *pose = rt_pose_identity();
        if (track == RT_HEAD) pose->position.y = 1.6f;   /* an unscripted head stands at eye height */
        return track == RT_HEAD;
    }
    const pose_key *k = keys[track];
    if (frame <= k[0].frame) { *pose = k[0].pose; return true; }
    for (int i = 1; i < count; i++) {
        if (frame <= k[i].frame) {
            double span = (double)(k[i].frame - k[i - 1].frame);
            *pose = span > 0 ? rt_pose_lerp(k[i - 1].pose, k[i].pose, (float)((frame - k[i - 1].frame) / span)) : k[i].pose;
            return true;
        }
    }
    *pose = k[count - 1].pose;
    return true;
}

rt_input rt_script_input(int hand, const char *component, int64_t frame) {
    rt_input input = {false, 0, 0, 0};
    for (int i = 0; i < input_count && inputs[i].frame <= frame; i++) {
        const input_key *k = &inputs[i];
        if (k->hand != hand || strcmp(k->component, component) != 0) continue;
        if (k->kind == 'p') input.pressed = true;
        else if (k->kind == 'r') input.pressed = false;
        else if (k->kind == 'v') input.value = k->x;
        else { input.x = k->x; input.y = k->y; }
    }
    return input;
}

bool rt_script_has(const char *command, int64_t frame) {
    for (int i = 0; i < mark_count; i++) {
        if (marks[i].frame == frame && strcmp(marks[i].command, command) == 0) return true;
    }
    return false;
}

bool rt_script_exit_gone(void) { return exit_gone; }
const char *rt_script_profile(void) { return profile[0] != '\0' ? profile : NULL; }
void rt_script_resolution(uint32_t *width, uint32_t *height) { *width = view_width; *height = view_height; }
