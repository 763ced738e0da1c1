/* Paths, actions, suggested bindings and action state. The runtime emulates one interaction profile: the script's
 * `profile` line, else khr/simple_controller if the application suggested bindings for it, else the first profile
 * it suggested. A binding /user/hand/<hand>/input/<component>[/<feature>] reads the script's input of that
 * hand and component (see README.md). */
#include "runtime.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ACTION_SET_MAGIC 0x58524153u
#define ACTION_MAGIC 0x58524143u
#define SIMPLE_PROFILE "/interaction_profiles/khr/simple_controller"

typedef struct binding { XrPath profile; rt_action *action; XrPath path; } binding;

static char *paths[RT_MAX_PATHS];
static int path_count;
static binding bindings[RT_MAX_BINDINGS];
static int binding_count;
static XrPath current_profile;

XrPath rt_path_intern(const char *string) {
    for (int i = 0; i < path_count; i++) {
        if (strcmp(paths[i], string) == 0) return (XrPath)(i + 1);
    }
    if (path_count == RT_MAX_PATHS) return XR_NULL_PATH;
    paths[path_count] = strdup(string);
    return (XrPath)++path_count;
}

const char *rt_path_string(XrPath path) {
    return path >= 1 && path <= (XrPath)path_count ? paths[path - 1] : NULL;
}

void rt_input_reset(void) {
    binding_count = 0;
    current_profile = XR_NULL_PATH;
}

rt_action *rt_action_from(XrAction handle) {
    rt_action *action = (rt_action *)handle;
    return action != NULL && action->magic == ACTION_MAGIC ? action : NULL;
}

static bool valid_path_string(const char *string) {
    if (string == NULL || string[0] != '/' || strlen(string) >= XR_MAX_PATH_LENGTH) return false;
    for (const char *c = string; *c != '\0'; c++) {
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '/' || *c == '_' || *c == '-' || *c == '.')) return false;
        if (*c == '/' && (c[1] == '/' || c[1] == '\0')) return false;
    }
    return true;
}

XRAPI_ATTR XrResult XRAPI_CALL xrStringToPath(XrInstance instance, const char *string, XrPath *path) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    if (path == NULL) return XR_ERROR_VALIDATION_FAILURE;
    if (!valid_path_string(string)) return XR_ERROR_PATH_FORMAT_INVALID;
    *path = rt_path_intern(string);
    return *path == XR_NULL_PATH ? XR_ERROR_PATH_COUNT_EXCEEDED : XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrPathToString(XrInstance instance, XrPath path, uint32_t capacity, uint32_t *count, char *buffer) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    const char *string = rt_path_string(path);
    if (string == NULL) return XR_ERROR_PATH_INVALID;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = (uint32_t)strlen(string) + 1;
    if (capacity == 0) return XR_SUCCESS;
    if (capacity < *count) return XR_ERROR_SIZE_INSUFFICIENT;
    memcpy(buffer, string, *count);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateActionSet(XrInstance instance, const XrActionSetCreateInfo *info, XrActionSet *handle) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    if (info == NULL || handle == NULL || info->type != XR_TYPE_ACTION_SET_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (info->actionSetName[0] == '\0') return XR_ERROR_NAME_INVALID;
    if (info->localizedActionSetName[0] == '\0') return XR_ERROR_LOCALIZED_NAME_INVALID;
    rt_action_set *set = calloc(1, sizeof *set);
    set->magic = ACTION_SET_MAGIC;
    snprintf(set->name, sizeof set->name, "%s", info->actionSetName);
    *handle = (XrActionSet)set;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrDestroyActionSet(XrActionSet handle) {
    rt_action_set *set = (rt_action_set *)handle;
    if (set == NULL || set->magic != ACTION_SET_MAGIC) return XR_ERROR_HANDLE_INVALID;
    set->magic = 0;
    free(set);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateAction(XrActionSet set_handle, const XrActionCreateInfo *info, XrAction *handle) {
    rt_action_set *set = (rt_action_set *)set_handle;
    if (set == NULL || set->magic != ACTION_SET_MAGIC) return XR_ERROR_HANDLE_INVALID;
    if (info == NULL || handle == NULL || info->type != XR_TYPE_ACTION_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (set->attached) return XR_ERROR_ACTIONSETS_ALREADY_ATTACHED;
    if (info->actionName[0] == '\0') return XR_ERROR_NAME_INVALID;
    if (info->localizedActionName[0] == '\0') return XR_ERROR_LOCALIZED_NAME_INVALID;
    if (info->countSubactionPaths > 8) return XR_ERROR_PATH_UNSUPPORTED;
    rt_action *action = calloc(1, sizeof *action);
    action->magic = ACTION_MAGIC;
    action->set = set;
    action->type = info->actionType;
    snprintf(action->name, sizeof action->name, "%s", info->actionName);
    for (uint32_t i = 0; i < info->countSubactionPaths; i++) {
        const char *path = rt_path_string(info->subactionPaths[i]);
        if (path == NULL || (strcmp(path, "/user/hand/left") != 0 && strcmp(path, "/user/hand/right") != 0 && strcmp(path, "/user/head") != 0 &&
                             strcmp(path, "/user/gamepad") != 0)) {
            free(action);
            return XR_ERROR_PATH_UNSUPPORTED;
        }
        action->subactions[i] = info->subactionPaths[i];
    }
    action->subaction_count = info->countSubactionPaths;
    *handle = (XrAction)action;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrDestroyAction(XrAction handle) {
    rt_action *action = rt_action_from(handle);
    if (action == NULL) return XR_ERROR_HANDLE_INVALID;
    for (int i = 0; i < binding_count; i++) {
        if (bindings[i].action == action) bindings[i].action = NULL;
    }
    action->magic = 0;
    free(action);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrSuggestInteractionProfileBindings(XrInstance instance, const XrInteractionProfileSuggestedBinding *suggested) {
    XrResult check = rt_check_instance(instance);
    if (XR_FAILED(check)) return check;
    if (suggested == NULL || suggested->type != XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING || suggested->countSuggestedBindings == 0) {
        return XR_ERROR_VALIDATION_FAILURE;
    }
    const char *profile = rt_path_string(suggested->interactionProfile);
    if (profile == NULL || strncmp(profile, "/interaction_profiles/", 22) != 0) return XR_ERROR_PATH_UNSUPPORTED;
    for (uint32_t i = 0; i < suggested->countSuggestedBindings; i++) {
        rt_action *action = rt_action_from(suggested->suggestedBindings[i].action);
        const char *path = rt_path_string(suggested->suggestedBindings[i].binding);
        if (action == NULL) return XR_ERROR_HANDLE_INVALID;
        if (action->set->attached) return XR_ERROR_ACTIONSETS_ALREADY_ATTACHED;
        if (path == NULL || strncmp(path, "/user/", 6) != 0) {
            return rt_fail(XR_ERROR_PATH_UNSUPPORTED, "xrSuggestInteractionProfileBindings", "binding %s for %s", path ? path : "(invalid)", profile);
        }
    }
    int kept = 0;   /* a new suggestion for a profile replaces the previous one */
    for (int i = 0; i < binding_count; i++) {
        if (bindings[i].profile != suggested->interactionProfile) bindings[kept++] = bindings[i];
    }
    binding_count = kept;
    for (uint32_t i = 0; i < suggested->countSuggestedBindings && binding_count < RT_MAX_BINDINGS; i++) {
        binding b = {suggested->interactionProfile, rt_action_from(suggested->suggestedBindings[i].action), suggested->suggestedBindings[i].binding};
        bindings[binding_count++] = b;
    }
    rt_log("bindings frame=%lld profile=%s count=%u", (long long)rt_frame, profile, suggested->countSuggestedBindings);
    return XR_SUCCESS;
}

static XrPath choose_profile(void) {
    const char *scripted = rt_script_profile();
    XrPath wanted = rt_path_intern(scripted != NULL ? scripted : SIMPLE_PROFILE);
    for (int i = 0; i < binding_count; i++) {
        if (bindings[i].profile == wanted) return wanted;
    }
    if (scripted != NULL) return XR_NULL_PATH;   /* the application did not suggest the scripted profile: nothing is bound */
    return binding_count > 0 ? bindings[0].profile : XR_NULL_PATH;
}

XRAPI_ATTR XrResult XRAPI_CALL xrAttachSessionActionSets(XrSession handle, const XrSessionActionSetsAttachInfo *info) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (info == NULL || info->type != XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO || info->countActionSets == 0) return XR_ERROR_VALIDATION_FAILURE;
    if (session->actions_attached) return XR_ERROR_ACTIONSETS_ALREADY_ATTACHED;
    for (uint32_t i = 0; i < info->countActionSets; i++) {
        rt_action_set *set = (rt_action_set *)info->actionSets[i];
        if (set == NULL || set->magic != ACTION_SET_MAGIC) return XR_ERROR_HANDLE_INVALID;
        set->attached = true;
    }
    session->actions_attached = true;
    current_profile = choose_profile();
    const char *profile = rt_path_string(current_profile);
    rt_log("attach frame=%lld profile=%s", (long long)rt_frame, profile != NULL ? profile : "none");
    XrEventDataInteractionProfileChanged event = {XR_TYPE_EVENT_DATA_INTERACTION_PROFILE_CHANGED, NULL, handle};
    rt_queue_event(&event, sizeof event);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetCurrentInteractionProfile(XrSession handle, XrPath top_level, XrInteractionProfileState *state) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    if (state == NULL || state->type != XR_TYPE_INTERACTION_PROFILE_STATE) return XR_ERROR_VALIDATION_FAILURE;
    if (!((rt_session *)handle)->actions_attached) return XR_ERROR_ACTIONSET_NOT_ATTACHED;
    const char *path = rt_path_string(top_level);
    if (path == NULL) return XR_ERROR_PATH_INVALID;
    bool hand = strcmp(path, "/user/hand/left") == 0 || strcmp(path, "/user/hand/right") == 0;
    state->interactionProfile = hand ? current_profile : XR_NULL_PATH;
    return XR_SUCCESS;
}

/* Splits /user/hand/<hand>/input/<component>[/<feature>]; false for other paths. */
static bool parse_binding(const char *path, int *hand, char *component, size_t size, const char **feature) {
    const char *rest;
    if (strncmp(path, "/user/hand/left/", 16) == 0) { *hand = RT_LEFT; rest = path + 16; }
    else if (strncmp(path, "/user/hand/right/", 17) == 0) { *hand = RT_RIGHT; rest = path + 17; }
    else return false;
    if (strncmp(rest, "input/", 6) == 0) rest += 6;
    else if (strncmp(rest, "output/", 7) == 0) rest += 7;
    else return false;
    const char *slash = strchr(rest, '/');
    size_t length = slash != NULL ? (size_t)(slash - rest) : strlen(rest);
    if (length >= size) return false;
    memcpy(component, rest, length);
    component[length] = '\0';
    *feature = slash != NULL ? slash + 1 : "";
    return true;
}

/* True when the action has a binding for the hand in the current profile; copies the binding path. */
bool rt_action_bound(const rt_action *action, int hand, char *out, size_t size) {
    for (int i = 0; i < binding_count; i++) {
        if (bindings[i].action != action || bindings[i].profile != current_profile) continue;
        int bound_hand;
        char component[64];
        const char *feature;
        const char *path = rt_path_string(bindings[i].path);
        if (parse_binding(path, &bound_hand, component, sizeof component, &feature) && bound_hand == hand) {
            if (out != NULL) snprintf(out, size, "%s", path);
            return true;
        }
    }
    return false;
}

bool rt_hand_pose(int hand, XrTime time, XrPosef *pose) {
    return rt_script_track_pose(hand, rt_time_frame(time), pose);
}

/* The value one binding reads at the current frame: x (bool/float) or x,y (vector2). */
static void read_binding(const char *path, float *x, float *y) {
    int hand;
    char component[64];
    const char *feature;
    *x = *y = 0;
    if (!parse_binding(path, &hand, component, sizeof component, &feature)) return;
    rt_input input = rt_script_input(hand, component, rt_frame);
    float value = input.value > 0 ? input.value : (input.pressed ? 1.0f : 0.0f);
    if (strcmp(feature, "x") == 0) *x = input.x;
    else if (strcmp(feature, "y") == 0) *x = input.y;
    else if (strcmp(feature, "touch") == 0) *x = input.pressed || input.value > 0 || input.x != 0 || input.y != 0 ? 1.0f : 0.0f;
    else if (strcmp(feature, "click") == 0) *x = value >= 0.5f ? 1.0f : 0.0f;
    else if (strcmp(feature, "value") == 0 || strcmp(feature, "force") == 0) *x = value;
    else if (feature[0] == '\0' && (input.x != 0 || input.y != 0)) { *x = input.x; *y = input.y; }
    else *x = value;
}

static int slot_of(XrPath subaction) {
    const char *path = rt_path_string(subaction);
    if (path == NULL) return 0;
    return strcmp(path, "/user/hand/left") == 0 ? 1 : strcmp(path, "/user/hand/right") == 0 ? 2 : -1;
}

static void sync_action(rt_action *action, bool focused, XrTime now) {
    rt_action_state next[3] = {{0}};
    for (int i = 0; i < binding_count; i++) {
        if (!focused || bindings[i].action != action || bindings[i].profile != current_profile) continue;
        const char *path = rt_path_string(bindings[i].path);
        int hand = strncmp(path, "/user/hand/left/", 16) == 0 ? 1 : strncmp(path, "/user/hand/right/", 17) == 0 ? 2 : 0;
        float x, y;
        read_binding(path, &x, &y);
        int slots[2] = {0, hand};   /* the combined slot and the hand's own */
        for (int k = 0; k < (hand != 0 ? 2 : 1); k++) {
            rt_action_state *state = &next[slots[k]];
            state->active = true;
            if (x * x + y * y > state->x * state->x + state->y * state->y) {   /* the largest magnitude wins */
                state->x = x;
                state->y = y;
            }
        }
    }
    for (int slot = 0; slot < 3; slot++) {
        rt_action_state *previous = &action->states[slot];
        next[slot].changed = previous->active && next[slot].active && (previous->x != next[slot].x || previous->y != next[slot].y);
        next[slot].changed_time = next[slot].changed ? now : previous->changed_time;
        *previous = next[slot];
    }
}

XRAPI_ATTR XrResult XRAPI_CALL xrSyncActions(XrSession handle, const XrActionsSyncInfo *info) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    rt_session *session = (rt_session *)handle;
    if (info == NULL || info->type != XR_TYPE_ACTIONS_SYNC_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (!session->actions_attached) return XR_ERROR_ACTIONSET_NOT_ATTACHED;
    bool focused = session->state == XR_SESSION_STATE_FOCUSED;
    XrTime now = rt_frame_time(rt_frame < 0 ? 0 : rt_frame);
    for (int i = 0; i < binding_count; i++) {   /* every bound action of an active set, once each */
        rt_action *action = bindings[i].action;
        if (action == NULL || bindings[i].profile != current_profile) continue;
        bool seen = false, active_set = false;
        for (int j = 0; j < i; j++) seen = seen || (bindings[j].action == action && bindings[j].profile == current_profile);
        for (uint32_t j = 0; j < info->countActiveActionSets; j++) active_set = active_set || (rt_action_set *)info->activeActionSets[j].actionSet == action->set;
        if (!seen) sync_action(action, focused && active_set, now);
    }
    return focused ? XR_SUCCESS : XR_SESSION_NOT_FOCUSED;
}

static XrResult state_for(XrSession handle, const XrActionStateGetInfo *info, XrActionType type, const rt_action_state **state) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    if (info == NULL || info->type != XR_TYPE_ACTION_STATE_GET_INFO) return XR_ERROR_VALIDATION_FAILURE;
    rt_action *action = rt_action_from(info->action);
    if (action == NULL) return XR_ERROR_HANDLE_INVALID;
    if (!action->set->attached) return XR_ERROR_ACTIONSET_NOT_ATTACHED;
    if (action->type != type) return XR_ERROR_ACTION_TYPE_MISMATCH;
    int slot = slot_of(info->subactionPath);
    if (slot < 0) return XR_ERROR_PATH_UNSUPPORTED;
    *state = &action->states[slot];
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetActionStateBoolean(XrSession session, const XrActionStateGetInfo *info, XrActionStateBoolean *out) {
    const rt_action_state *state;
    XrResult result = state_for(session, info, XR_ACTION_TYPE_BOOLEAN_INPUT, &state);
    if (XR_FAILED(result)) return result;
    if (out == NULL || out->type != XR_TYPE_ACTION_STATE_BOOLEAN) return XR_ERROR_VALIDATION_FAILURE;
    out->currentState = state->x >= 0.5f;
    out->changedSinceLastSync = state->changed;
    out->lastChangeTime = state->changed_time;
    out->isActive = state->active;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetActionStateFloat(XrSession session, const XrActionStateGetInfo *info, XrActionStateFloat *out) {
    const rt_action_state *state;
    XrResult result = state_for(session, info, XR_ACTION_TYPE_FLOAT_INPUT, &state);
    if (XR_FAILED(result)) return result;
    if (out == NULL || out->type != XR_TYPE_ACTION_STATE_FLOAT) return XR_ERROR_VALIDATION_FAILURE;
    out->currentState = state->x;
    out->changedSinceLastSync = state->changed;
    out->lastChangeTime = state->changed_time;
    out->isActive = state->active;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetActionStateVector2f(XrSession session, const XrActionStateGetInfo *info, XrActionStateVector2f *out) {
    const rt_action_state *state;
    XrResult result = state_for(session, info, XR_ACTION_TYPE_VECTOR2F_INPUT, &state);
    if (XR_FAILED(result)) return result;
    if (out == NULL || out->type != XR_TYPE_ACTION_STATE_VECTOR2F) return XR_ERROR_VALIDATION_FAILURE;
    out->currentState.x = state->x;
    out->currentState.y = state->y;
    out->changedSinceLastSync = state->changed;
    out->lastChangeTime = state->changed_time;
    out->isActive = state->active;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrGetActionStatePose(XrSession session, const XrActionStateGetInfo *info, XrActionStatePose *out) {
    const rt_action_state *state;
    XrResult result = state_for(session, info, XR_ACTION_TYPE_POSE_INPUT, &state);
    if (XR_FAILED(result)) return result;
    if (out == NULL || out->type != XR_TYPE_ACTION_STATE_POSE) return XR_ERROR_VALIDATION_FAILURE;
    out->isActive = state->active;
    return XR_SUCCESS;
}

static XrResult haptic_target(XrSession handle, const XrHapticActionInfo *info, rt_action **action, const char **hand) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    if (info == NULL || info->type != XR_TYPE_HAPTIC_ACTION_INFO) return XR_ERROR_VALIDATION_FAILURE;
    *action = rt_action_from(info->action);
    if (*action == NULL) return XR_ERROR_HANDLE_INVALID;
    if (!(*action)->set->attached) return XR_ERROR_ACTIONSET_NOT_ATTACHED;
    if ((*action)->type != XR_ACTION_TYPE_VIBRATION_OUTPUT) return XR_ERROR_ACTION_TYPE_MISMATCH;
    if (slot_of(info->subactionPath) < 0) return XR_ERROR_PATH_UNSUPPORTED;
    *hand = info->subactionPath == XR_NULL_PATH ? "both" : rt_path_string(info->subactionPath);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrApplyHapticFeedback(XrSession session, const XrHapticActionInfo *info, const XrHapticBaseHeader *feedback) {
    rt_action *action;
    const char *hand;
    XrResult result = haptic_target(session, info, &action, &hand);
    if (XR_FAILED(result)) return result;
    if (feedback == NULL || feedback->type != XR_TYPE_HAPTIC_VIBRATION) return XR_ERROR_VALIDATION_FAILURE;
    const XrHapticVibration *vibration = (const XrHapticVibration *)feedback;
    rt_log("haptic frame=%lld action=%s hand=%s duration=%lld frequency=%g amplitude=%g", (long long)rt_frame, action->name, hand,
           (long long)vibration->duration, vibration->frequency, vibration->amplitude);
    return ((rt_session *)session)->state == XR_SESSION_STATE_FOCUSED ? XR_SUCCESS : XR_SESSION_NOT_FOCUSED;
}

XRAPI_ATTR XrResult XRAPI_CALL xrStopHapticFeedback(XrSession session, const XrHapticActionInfo *info) {
    rt_action *action;
    const char *hand;
    XrResult result = haptic_target(session, info, &action, &hand);
    if (XR_FAILED(result)) return result;
    rt_log("haptic-stop frame=%lld action=%s hand=%s", (long long)rt_frame, action->name, hand);
    return ((rt_session *)session)->state == XR_SESSION_STATE_FOCUSED ? XR_SUCCESS : XR_SESSION_NOT_FOCUSED;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateBoundSourcesForAction(XrSession session, const XrBoundSourcesForActionEnumerateInfo *info, uint32_t capacity, uint32_t *count, XrPath *sources) {
    XrResult check = rt_check_session(session);
    if (XR_FAILED(check)) return check;
    if (info == NULL || info->type != XR_TYPE_BOUND_SOURCES_FOR_ACTION_ENUMERATE_INFO || count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    rt_action *action = rt_action_from(info->action);
    if (action == NULL) return XR_ERROR_HANDLE_INVALID;
    if (!action->set->attached) return XR_ERROR_ACTIONSET_NOT_ATTACHED;
    uint32_t found = 0;
    for (int i = 0; i < binding_count; i++) {
        if (bindings[i].action != action || bindings[i].profile != current_profile) continue;
        if (capacity > 0 && found < capacity) sources[found] = bindings[i].path;
        found++;
    }
    *count = found;
    return capacity > 0 && capacity < found ? XR_ERROR_SIZE_INSUFFICIENT : XR_SUCCESS;
}
