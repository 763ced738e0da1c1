/* Metaverse OpenXR test runtime: shared declarations.
 * A deliberately small, single-threaded OpenXR 1.0 runtime for tests: one instance and one session at a time,
 * one scripted head and two scripted hands, swapchains as GL textures in the application's current context.
 * All state is process-global; the library is linked with -z nodelete so it survives the loader's dlclose. */
#ifndef METAVERSE_TEST_RUNTIME_H
#define METAVERSE_TEST_RUNTIME_H

#define XR_USE_PLATFORM_XLIB
#define XR_USE_GRAPHICS_API_OPENGL
#include <X11/Xlib.h>
#include <GL/gl.h>
#include <GL/glx.h>
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>
#include <stdbool.h>
#include <stdint.h>

#define RT_EXPORT __attribute__((visibility("default")))

/* ---- frames and time (instance.c) ------------------------------------------------------------------------ */
#define RT_FRAME_PERIOD_NS 13888889LL     /* 1/72 s */
#define RT_TIME_ORIGIN_NS 1000000000LL    /* display time of frame 0 */
XrTime rt_frame_time(int64_t frame);
double rt_time_frame(XrTime time);       /* fractional frame number of a display time */
extern int64_t rt_frame;                 /* number of the frame most recently returned by xrWaitFrame; -1 before */

/* ---- log and capture (log.c) ------------------------------------------------------------------------------ */
void rt_log(const char *format, ...) __attribute__((format(printf, 1, 2)));
XrResult rt_fail(XrResult result, const char *call, const char *format, ...) __attribute__((format(printf, 3, 4)));
const char *rt_capture_dir(void);

/* ---- math (pose.c) ---------------------------------------------------------------------------------------- */
XrPosef rt_pose_identity(void);
XrPosef rt_pose_multiply(XrPosef parent, XrPosef child);  /* child expressed in parent → world */
XrPosef rt_pose_inverse(XrPosef pose);
XrPosef rt_pose_lerp(XrPosef a, XrPosef b, float t);
bool rt_pose_is_valid(XrPosef pose);
XrVector3f rt_rotate(XrQuaternionf q, XrVector3f v);

/* ---- script (script.c) ------------------------------------------------------------------------------------ */
enum rt_track { RT_HEAD = 0, RT_LEFT = 1, RT_RIGHT = 2, RT_TRACKS = 3 };
typedef struct rt_input {
    bool pressed;   /* press/release */
    float value;    /* squeeze/value */
    float x, y;     /* stick */
} rt_input;
XrResult rt_script_load(void);
bool rt_script_track_pose(int track, double frame, XrPosef *pose);   /* false when the track was never scripted */
rt_input rt_script_input(int hand, const char *component, int64_t frame);
bool rt_script_has(const char *command, int64_t frame);             /* lose/stop/exit/capture keyed at frame */
bool rt_script_exit_gone(void);
const char *rt_script_profile(void);
void rt_script_resolution(uint32_t *width, uint32_t *height);

/* ---- objects ---------------------------------------------------------------------------------------------- */
#define RT_MAX_SWAPCHAIN_IMAGES 3
#define RT_MAX_PATHS 512
#define RT_MAX_BINDINGS 256

typedef struct rt_instance {
    uint32_t magic;
    bool lost;
    bool gl_enabled;
    bool requirements_queried;
} rt_instance;

typedef struct rt_session {
    uint32_t magic;
    XrSessionState state;
    bool running;
    bool lost;
    bool exit_requested;
    int submitted_frames;   /* xrEndFrame calls since xrBeginSession, drives SYNCHRONIZED → VISIBLE → FOCUSED */
    int64_t waited_frame;   /* frame of the latest xrWaitFrame, -1 when none pending */
    int64_t begun_frame;    /* frame of the latest xrBeginFrame, -1 when none pending */
    Display *display;
    GLXDrawable drawable;
    GLXContext context;
    bool actions_attached;
} rt_session;

typedef struct rt_swapchain {
    uint32_t magic;
    uint32_t width, height;
    int64_t format;
    GLuint images[RT_MAX_SWAPCHAIN_IMAGES];
    int acquired[RT_MAX_SWAPCHAIN_IMAGES];   /* FIFO of acquired, unreleased indices */
    int acquired_count;
    bool waited;                              /* the oldest acquired image has been waited on */
    int next_index;
    int last_released;                        /* -1 until an image is released */
} rt_swapchain;

enum rt_space_kind { RT_SPACE_REFERENCE, RT_SPACE_ACTION };
typedef struct rt_action rt_action;
typedef struct rt_space {
    uint32_t magic;
    int kind;
    XrReferenceSpaceType reference;
    rt_action *action;
    XrPath subaction;
    XrPosef offset;
} rt_space;

typedef struct rt_action_set {
    uint32_t magic;
    char name[XR_MAX_ACTION_SET_NAME_SIZE];
    bool attached;
} rt_action_set;

typedef struct rt_action_state {   /* per action and per subaction slot: 0 = any, 1 = left, 2 = right */
    bool active;
    float x, y;                    /* bool/float in x, vector2 in x,y */
    bool changed;
    XrTime changed_time;
} rt_action_state;

struct rt_action {
    uint32_t magic;
    rt_action_set *set;
    char name[XR_MAX_ACTION_NAME_SIZE];
    XrActionType type;
    XrPath subactions[8];
    uint32_t subaction_count;
    rt_action_state states[3];
};

/* ---- instance.c ------------------------------------------------------------------------------------------- */
extern rt_instance *rt_current_instance;
XrResult rt_check_instance(XrInstance instance);
void rt_queue_event(const void *event, size_t size);
void rt_instance_lose(void);

/* ---- session.c -------------------------------------------------------------------------------------------- */
extern rt_session *rt_current_session;
XrResult rt_check_session(XrSession session);
void rt_session_set_state(rt_session *session, XrSessionState state);
void rt_session_frame_events(rt_session *session);
void rt_session_frame_submitted(rt_session *session);
bool rt_space_locate(const rt_space *space, XrTime time, XrPosef *world_pose);
rt_space *rt_space_from(XrSpace handle);

/* ---- swapchain.c ------------------------------------------------------------------------------------------ */
rt_swapchain *rt_swapchain_from(XrSwapchain handle);
bool rt_gl_make_current(rt_session *session, bool *made);
void rt_gl_release(rt_session *session, bool made);
void rt_capture_eye(rt_swapchain *swapchain, const XrSwapchainSubImage *image, int64_t frame, int eye);

/* ---- input.c ---------------------------------------------------------------------------------------------- */
XrPath rt_path_intern(const char *string);
const char *rt_path_string(XrPath path);
rt_action *rt_action_from(XrAction handle);
bool rt_hand_pose(int hand, XrTime time, XrPosef *pose);
bool rt_action_bound(const rt_action *action, int hand, char *binding, size_t size);
void rt_input_reset(void);

/* ---- entry points ----------------------------------------------------------------------------------------- */
#define RT_FUNCTIONS(_) \
    _(xrEnumerateInstanceExtensionProperties) _(xrEnumerateApiLayerProperties) _(xrCreateInstance) \
    _(xrDestroyInstance) _(xrGetInstanceProperties) _(xrPollEvent) _(xrResultToString) _(xrStructureTypeToString) \
    _(xrGetSystem) _(xrGetSystemProperties) _(xrEnumerateViewConfigurations) _(xrGetViewConfigurationProperties) \
    _(xrEnumerateViewConfigurationViews) _(xrEnumerateEnvironmentBlendModes) _(xrCreateSession) \
    _(xrDestroySession) _(xrBeginSession) _(xrEndSession) _(xrRequestExitSession) _(xrEnumerateReferenceSpaces) \
    _(xrCreateReferenceSpace) _(xrGetReferenceSpaceBoundsRect) _(xrDestroySpace) _(xrLocateSpace) \
    _(xrEnumerateSwapchainFormats) _(xrCreateSwapchain) _(xrDestroySwapchain) _(xrEnumerateSwapchainImages) \
    _(xrAcquireSwapchainImage) _(xrWaitSwapchainImage) _(xrReleaseSwapchainImage) _(xrWaitFrame) _(xrBeginFrame) \
    _(xrEndFrame) _(xrLocateViews) _(xrStringToPath) _(xrPathToString) _(xrCreateActionSet) _(xrDestroyActionSet) \
    _(xrCreateAction) _(xrDestroyAction) _(xrSuggestInteractionProfileBindings) _(xrAttachSessionActionSets) \
    _(xrCreateActionSpace) _(xrSyncActions) _(xrGetActionStateBoolean) _(xrGetActionStateFloat) \
    _(xrGetActionStateVector2f) _(xrGetActionStatePose) _(xrApplyHapticFeedback) _(xrStopHapticFeedback) \
    _(xrGetCurrentInteractionProfile) _(xrEnumerateBoundSourcesForAction)
#define RT_EXTENSION_FUNCTIONS(_) _(xrGetOpenGLGraphicsRequirementsKHR)

#endif
