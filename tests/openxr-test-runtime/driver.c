/* A minimal OpenXR application for testing the test runtime through the real loader (libopenxr_loader.so.1):
 * a hidden GLX window and context, an instance with XR_KHR_opengl_enable, a stereo session with two swapchains,
 * a select action with haptics on press, and the full session lifecycle. It renders a red 0.4 m square at
 * (0, 1.6, -2) with fixed-function GL so the eyes see it with parallax.
 *
 * Usage: driver [frames [misuse|bad-rect]]  — requests exit after submitting `frames` frames (default 60).
 * `misuse` first makes one deliberately invalid call (XrSystemProperties without its type) so a test can see the
 * validation layer report it; `bad-rect` submits the right eye's image rect one pixel wider than its swapchain. On session loss it
 * re-creates the session once; on instance loss it destroys the instance and tries to create one again.
 * Exit status 0 on a clean run, 1 with a message naming the failing call otherwise. */
#define XR_USE_PLATFORM_XLIB
#define XR_USE_GRAPHICS_API_OPENGL
#include <X11/Xlib.h>
#include <GL/gl.h>
#include <GL/glx.h>
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(call)                                                                 \
    do {                                                                            \
        XrResult result_ = (call);                                                  \
        if (XR_FAILED(result_)) {                                                   \
            fprintf(stderr, "driver: %s failed: %d (line %d)\n", #call, result_, __LINE__); \
            exit(1);                                                                \
        }                                                                           \
    } while (0)

typedef void (*gen_framebuffers_fn)(GLsizei, GLuint *);
typedef void (*bind_framebuffer_fn)(GLenum, GLuint);
typedef void (*framebuffer_texture_fn)(GLenum, GLenum, GLenum, GLuint, GLint);
typedef GLenum (*check_framebuffer_fn)(GLenum);
#define GL_FRAMEBUFFER_VALUE 0x8D40
#define GL_COLOR_ATTACHMENT0_VALUE 0x8CE0
#define GL_FRAMEBUFFER_COMPLETE_VALUE 0x8CD5

static Display *display;
static Window window;
static GLXContext context;
static GLuint framebuffer;
static bind_framebuffer_fn bind_framebuffer;
static framebuffer_texture_fn framebuffer_texture;
static check_framebuffer_fn check_framebuffer;

static XrInstance instance;
static XrSystemId system_id;
static XrSession session;
static XrSpace local_space;
static XrSwapchain swapchains[2];
static XrSwapchainImageOpenGLKHR images[2][8];
static uint32_t view_width, view_height;
static XrActionSet action_set;
static XrAction select_action, haptic_action, aim_action;
static XrPath right_hand;
static XrSpace aim_space;
static XrSessionState state = XR_SESSION_STATE_UNKNOWN;
static int submitted, sessions_created, hand_tracked_frames;
static bool bad_rect;

static void open_gl(void) {
    display = XOpenDisplay(NULL);
    if (display == NULL) { fprintf(stderr, "driver: cannot open X display (run under xvfb-run)\n"); exit(1); }
    int attributes[] = {GLX_RGBA, GLX_DOUBLEBUFFER, GLX_RED_SIZE, 8, GLX_GREEN_SIZE, 8, GLX_BLUE_SIZE, 8, GLX_DEPTH_SIZE, 24, None};
    XVisualInfo *visual = glXChooseVisual(display, DefaultScreen(display), attributes);
    if (visual == NULL) { fprintf(stderr, "driver: no GLX visual\n"); exit(1); }
    XSetWindowAttributes window_attributes = {0};
    window_attributes.colormap = XCreateColormap(display, RootWindow(display, visual->screen), visual->visual, AllocNone);
    window = XCreateWindow(display, RootWindow(display, visual->screen), 0, 0, 64, 64, 0, visual->depth, InputOutput,
                           visual->visual, CWColormap, &window_attributes);   /* never mapped: hidden */
    context = glXCreateContext(display, visual, NULL, True);
    if (context == NULL || !glXMakeCurrent(display, window, context)) { fprintf(stderr, "driver: no GL context\n"); exit(1); }
    gen_framebuffers_fn gen_framebuffers = (gen_framebuffers_fn)glXGetProcAddressARB((const GLubyte *)"glGenFramebuffers");
    bind_framebuffer = (bind_framebuffer_fn)glXGetProcAddressARB((const GLubyte *)"glBindFramebuffer");
    framebuffer_texture = (framebuffer_texture_fn)glXGetProcAddressARB((const GLubyte *)"glFramebufferTexture2D");
    check_framebuffer = (check_framebuffer_fn)glXGetProcAddressARB((const GLubyte *)"glCheckFramebufferStatus");
    gen_framebuffers(1, &framebuffer);
    XFree(visual);
}

static void create_instance(void) {
    uint32_t count = 0;
    CHECK(xrEnumerateInstanceExtensionProperties(NULL, 0, &count, NULL));
    XrExtensionProperties *extensions = calloc(count, sizeof *extensions);
    for (uint32_t i = 0; i < count; i++) extensions[i].type = XR_TYPE_EXTENSION_PROPERTIES;
    CHECK(xrEnumerateInstanceExtensionProperties(NULL, count, &count, extensions));
    bool found = false;
    for (uint32_t i = 0; i < count; i++) found = found || strcmp(extensions[i].extensionName, XR_KHR_OPENGL_ENABLE_EXTENSION_NAME) == 0;
    free(extensions);
    if (!found) { fprintf(stderr, "driver: runtime lacks XR_KHR_opengl_enable\n"); exit(1); }
    const char *enabled[] = {XR_KHR_OPENGL_ENABLE_EXTENSION_NAME};
    XrInstanceCreateInfo info = {XR_TYPE_INSTANCE_CREATE_INFO};
    snprintf(info.applicationInfo.applicationName, XR_MAX_APPLICATION_NAME_SIZE, "metaverse-test-driver");
    info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    info.enabledExtensionCount = 1;
    info.enabledExtensionNames = enabled;
    CHECK(xrCreateInstance(&info, &instance));
    XrInstanceProperties properties = {XR_TYPE_INSTANCE_PROPERTIES};
    CHECK(xrGetInstanceProperties(instance, &properties));
    printf("driver: runtime %s\n", properties.runtimeName);
    XrSystemGetInfo system_info = {XR_TYPE_SYSTEM_GET_INFO, NULL, XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY};
    CHECK(xrGetSystem(instance, &system_info, &system_id));
    XrViewConfigurationView views[2] = {{XR_TYPE_VIEW_CONFIGURATION_VIEW}, {XR_TYPE_VIEW_CONFIGURATION_VIEW}};
    CHECK(xrEnumerateViewConfigurationViews(instance, system_id, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 2, &count, views));
    view_width = views[0].recommendedImageRectWidth;
    view_height = views[0].recommendedImageRectHeight;
    PFN_xrGetOpenGLGraphicsRequirementsKHR requirements_fn;
    CHECK(xrGetInstanceProcAddr(instance, "xrGetOpenGLGraphicsRequirementsKHR", (PFN_xrVoidFunction *)&requirements_fn));
    XrGraphicsRequirementsOpenGLKHR requirements = {XR_TYPE_GRAPHICS_REQUIREMENTS_OPENGL_KHR};
    CHECK(requirements_fn(instance, system_id, &requirements));
}

static void create_actions(void) {
    XrActionSetCreateInfo set_info = {XR_TYPE_ACTION_SET_CREATE_INFO};
    strcpy(set_info.actionSetName, "driver");
    strcpy(set_info.localizedActionSetName, "Driver");
    CHECK(xrCreateActionSet(instance, &set_info, &action_set));
    CHECK(xrStringToPath(instance, "/user/hand/right", &right_hand));
    XrActionCreateInfo info = {XR_TYPE_ACTION_CREATE_INFO};
    info.countSubactionPaths = 1;
    info.subactionPaths = &right_hand;
    struct { XrAction *action; const char *name; XrActionType type; } actions[] = {
        {&select_action, "select", XR_ACTION_TYPE_BOOLEAN_INPUT},
        {&haptic_action, "haptic", XR_ACTION_TYPE_VIBRATION_OUTPUT},
        {&aim_action, "aim", XR_ACTION_TYPE_POSE_INPUT}};
    for (int i = 0; i < 3; i++) {
        info.actionType = actions[i].type;
        strcpy(info.actionName, actions[i].name);
        strcpy(info.localizedActionName, actions[i].name);
        CHECK(xrCreateAction(action_set, &info, actions[i].action));
    }
    XrPath select_path, haptic_path, aim_path, profile;
    CHECK(xrStringToPath(instance, "/user/hand/right/input/select/click", &select_path));
    CHECK(xrStringToPath(instance, "/user/hand/right/output/haptic", &haptic_path));
    CHECK(xrStringToPath(instance, "/user/hand/right/input/aim/pose", &aim_path));
    CHECK(xrStringToPath(instance, "/interaction_profiles/khr/simple_controller", &profile));
    XrActionSuggestedBinding bindings[] = {{select_action, select_path}, {haptic_action, haptic_path}, {aim_action, aim_path}};
    XrInteractionProfileSuggestedBinding suggested = {XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING, NULL, profile, 3, bindings};
    CHECK(xrSuggestInteractionProfileBindings(instance, &suggested));
}

static void create_session(void) {
    XrGraphicsBindingOpenGLXlibKHR binding = {XR_TYPE_GRAPHICS_BINDING_OPENGL_XLIB_KHR};
    binding.xDisplay = display;
    binding.glxDrawable = window;
    binding.glxContext = context;
    XrSessionCreateInfo info = {XR_TYPE_SESSION_CREATE_INFO, &binding, 0, system_id};
    CHECK(xrCreateSession(instance, &info, &session));
    sessions_created++;
    XrReferenceSpaceCreateInfo space_info = {XR_TYPE_REFERENCE_SPACE_CREATE_INFO, NULL, XR_REFERENCE_SPACE_TYPE_LOCAL, {{0, 0, 0, 1}, {0, 0, 0}}};
    CHECK(xrCreateReferenceSpace(session, &space_info, &local_space));
    uint32_t count;
    int64_t formats[8];
    CHECK(xrEnumerateSwapchainFormats(session, 8, &count, formats));
    for (int eye = 0; eye < 2; eye++) {
        XrSwapchainCreateInfo swapchain_info = {XR_TYPE_SWAPCHAIN_CREATE_INFO};
        swapchain_info.usageFlags = XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT | XR_SWAPCHAIN_USAGE_SAMPLED_BIT;
        swapchain_info.format = formats[0];
        swapchain_info.sampleCount = 1;
        swapchain_info.width = view_width;
        swapchain_info.height = view_height;
        swapchain_info.faceCount = 1;
        swapchain_info.arraySize = 1;
        swapchain_info.mipCount = 1;
        CHECK(xrCreateSwapchain(session, &swapchain_info, &swapchains[eye]));
        for (int i = 0; i < 8; i++) images[eye][i].type = XR_TYPE_SWAPCHAIN_IMAGE_OPENGL_KHR;
        CHECK(xrEnumerateSwapchainImages(swapchains[eye], 8, &count, (XrSwapchainImageBaseHeader *)images[eye]));
    }
    XrSessionActionSetsAttachInfo attach = {XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO, NULL, 1, &action_set};
    CHECK(xrAttachSessionActionSets(session, &attach));
    XrActionSpaceCreateInfo aim_info = {XR_TYPE_ACTION_SPACE_CREATE_INFO, NULL, aim_action, right_hand, {{0, 0, 0, 1}, {0, 0, 0}}};
    CHECK(xrCreateActionSpace(session, &aim_info, &aim_space));
}

static void destroy_session(void) {
    for (int eye = 0; eye < 2; eye++) xrDestroySwapchain(swapchains[eye]);
    xrDestroySpace(aim_space);
    xrDestroySpace(local_space);
    CHECK(xrDestroySession(session));
    session = XR_NULL_HANDLE;
    state = XR_SESSION_STATE_UNKNOWN;
}

/* Fixed-function view: asymmetric frustum from the FOV, then the inverse of the eye pose. */
static void load_view(const XrView *view) {
    const float near = 0.05f;
    glMatrixMode(GL_PROJECTION);
    glLoadIdentity();
    glFrustum(near * tanf(view->fov.angleLeft), near * tanf(view->fov.angleRight), near * tanf(view->fov.angleDown),
              near * tanf(view->fov.angleUp), near, 100.0);
    glMatrixMode(GL_MODELVIEW);
    glLoadIdentity();
    XrQuaternionf q = view->pose.orientation;
    float angle = 2.0f * acosf(fminf(1.0f, fmaxf(-1.0f, q.w)));
    float s = sqrtf(fmaxf(0.0f, 1.0f - q.w * q.w));
    if (s > 1e-6f) glRotatef(-angle * 180.0f / (float)M_PI, q.x / s, q.y / s, q.z / s);
    glTranslatef(-view->pose.position.x, -view->pose.position.y, -view->pose.position.z);
}

static void render_eye(int eye, const XrView *view, XrCompositionLayerProjectionView *layer_view) {
    uint32_t index;
    XrSwapchainImageWaitInfo wait = {XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO, NULL, XR_INFINITE_DURATION};
    CHECK(xrAcquireSwapchainImage(swapchains[eye], NULL, &index));
    CHECK(xrWaitSwapchainImage(swapchains[eye], &wait));
    bind_framebuffer(GL_FRAMEBUFFER_VALUE, framebuffer);
    framebuffer_texture(GL_FRAMEBUFFER_VALUE, GL_COLOR_ATTACHMENT0_VALUE, GL_TEXTURE_2D, images[eye][index].image, 0);
    if (check_framebuffer(GL_FRAMEBUFFER_VALUE) != GL_FRAMEBUFFER_COMPLETE_VALUE) { fprintf(stderr, "driver: incomplete framebuffer\n"); exit(1); }
    glViewport(0, 0, (GLsizei)view_width, (GLsizei)view_height);
    glClearColor(0.1f, 0.1f, 0.2f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    load_view(view);
    glColor3f(1, 0, 0);
    glBegin(GL_QUADS);
    glVertex3f(-0.2f, 1.4f, -2.0f);
    glVertex3f(0.2f, 1.4f, -2.0f);
    glVertex3f(0.2f, 1.8f, -2.0f);
    glVertex3f(-0.2f, 1.8f, -2.0f);
    glEnd();
    glFinish();
    bind_framebuffer(GL_FRAMEBUFFER_VALUE, 0);
    CHECK(xrReleaseSwapchainImage(swapchains[eye], NULL));
    XrCompositionLayerProjectionView filled = {XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW, NULL, view->pose, view->fov,
                                               {swapchains[eye], {{0, 0}, {(int32_t)view_width, (int32_t)view_height}}, 0}};
    if (bad_rect && eye == 1) filled.subImage.imageRect.extent.width++;
    *layer_view = filled;
}

static void poll_input(XrTime time) {
    XrActiveActionSet active = {action_set, XR_NULL_PATH};
    XrActionsSyncInfo sync = {XR_TYPE_ACTIONS_SYNC_INFO, NULL, 1, &active};
    CHECK(xrSyncActions(session, &sync));
    XrActionStateGetInfo get = {XR_TYPE_ACTION_STATE_GET_INFO, NULL, select_action, right_hand};
    XrActionStateBoolean select = {XR_TYPE_ACTION_STATE_BOOLEAN};
    CHECK(xrGetActionStateBoolean(session, &get, &select));
    if (select.isActive && select.changedSinceLastSync && select.currentState) {
        printf("driver: select pressed\n");
        XrHapticActionInfo haptic = {XR_TYPE_HAPTIC_ACTION_INFO, NULL, haptic_action, right_hand};
        XrHapticVibration vibration = {XR_TYPE_HAPTIC_VIBRATION, NULL, 50000000, XR_FREQUENCY_UNSPECIFIED, 0.5f};
        CHECK(xrApplyHapticFeedback(session, &haptic, (const XrHapticBaseHeader *)&vibration));
    }
    XrSpaceLocation location = {XR_TYPE_SPACE_LOCATION};
    CHECK(xrLocateSpace(aim_space, local_space, time, &location));
    if (location.locationFlags & XR_SPACE_LOCATION_POSITION_TRACKED_BIT) hand_tracked_frames++;
}

/* One frame; returns false when the session or instance was lost meanwhile. */
static bool run_frame(void) {
    XrFrameState frame = {XR_TYPE_FRAME_STATE};
    XrResult result = xrWaitFrame(session, NULL, &frame);
    if (result == XR_ERROR_SESSION_LOST || result == XR_ERROR_INSTANCE_LOST) return false;
    CHECK(result);
    CHECK(xrBeginFrame(session, NULL));
    XrCompositionLayerProjectionView layer_views[2];
    XrCompositionLayerProjection layer = {XR_TYPE_COMPOSITION_LAYER_PROJECTION, NULL, 0, local_space, 2, layer_views};
    const XrCompositionLayerBaseHeader *layers[] = {(const XrCompositionLayerBaseHeader *)&layer};
    uint32_t layer_count = 0;
    if (state == XR_SESSION_STATE_FOCUSED) poll_input(frame.predictedDisplayTime);
    if (frame.shouldRender) {
        XrViewLocateInfo locate = {XR_TYPE_VIEW_LOCATE_INFO, NULL, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, frame.predictedDisplayTime, local_space};
        XrViewState view_state = {XR_TYPE_VIEW_STATE};
        XrView views[2] = {{XR_TYPE_VIEW}, {XR_TYPE_VIEW}};
        uint32_t count;
        CHECK(xrLocateViews(session, &locate, &view_state, 2, &count, views));
        for (int eye = 0; eye < 2; eye++) render_eye(eye, &views[eye], &layer_views[eye]);
        layer_count = 1;
    }
    XrFrameEndInfo end = {XR_TYPE_FRAME_END_INFO, NULL, frame.predictedDisplayTime, XR_ENVIRONMENT_BLEND_MODE_OPAQUE, layer_count, layers};
    CHECK(xrEndFrame(session, &end));
    submitted++;
    return true;
}

/* Drains the event queue; returns false when the application should stop. */
static bool handle_events(int frames) {
    XrEventDataBuffer event = {XR_TYPE_EVENT_DATA_BUFFER};
    while (xrPollEvent(instance, &event) == XR_SUCCESS) {
        if (event.type == XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING) {
            printf("driver: instance loss pending\n");
            return false;
        }
        if (event.type == XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED) {
            state = ((XrEventDataSessionStateChanged *)&event)->state;
            printf("driver: state %d\n", state);
            if (state == XR_SESSION_STATE_READY) {
                XrSessionBeginInfo begin = {XR_TYPE_SESSION_BEGIN_INFO, NULL, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO};
                CHECK(xrBeginSession(session, &begin));
            } else if (state == XR_SESSION_STATE_STOPPING) {
                CHECK(xrEndSession(session));
            } else if (state == XR_SESSION_STATE_EXITING) {
                return false;
            } else if (state == XR_SESSION_STATE_LOSS_PENDING) {
                printf("driver: session lost, re-creating\n");
                destroy_session();
                if (sessions_created > 1) return false;
                create_session();
            }
        }
        event.type = XR_TYPE_EVENT_DATA_BUFFER;
    }
    if (submitted == frames) {
        submitted++;   /* request once */
        CHECK(xrRequestExitSession(session));
    }
    return true;
}

int main(int argc, char **argv) {
    int frames = argc > 1 ? atoi(argv[1]) : 60;
    bad_rect = argc > 2 && strcmp(argv[2], "bad-rect") == 0;
    open_gl();
    create_instance();
    if (argc > 2 && strcmp(argv[2], "misuse") == 0) {
        XrSystemProperties untyped = {XR_TYPE_UNKNOWN};
        printf("driver: deliberately invalid xrGetSystemProperties returned %d\n", xrGetSystemProperties(instance, system_id, &untyped));
    }
    create_actions();
    create_session();
    bool instance_lost = false;
    for (int guard = 0; guard < 100000; guard++) {
        if (!handle_events(frames)) break;
        bool running = state == XR_SESSION_STATE_READY || state == XR_SESSION_STATE_SYNCHRONIZED ||
                       state == XR_SESSION_STATE_VISIBLE || state == XR_SESSION_STATE_FOCUSED;
        if (running && !run_frame()) continue;   /* the loss event arrives through xrPollEvent */
    }
    XrEventDataBuffer probe = {XR_TYPE_EVENT_DATA_BUFFER};
    instance_lost = xrPollEvent(instance, &probe) == XR_ERROR_INSTANCE_LOST;
    if (session != XR_NULL_HANDLE) destroy_session();
    xrDestroyActionSet(action_set);
    CHECK(xrDestroyInstance(instance));
    printf("driver: submitted %d frames, hand tracked in %d, sessions %d%s\n", submitted, hand_tracked_frames, sessions_created,
           instance_lost ? ", instance lost" : "");
    XrInstance again;
    XrInstanceCreateInfo info = {XR_TYPE_INSTANCE_CREATE_INFO};
    snprintf(info.applicationInfo.applicationName, XR_MAX_APPLICATION_NAME_SIZE, "metaverse-test-driver");
    info.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    XrResult recreate = xrCreateInstance(&info, &again);
    printf("driver: re-create instance %d\n", recreate);
    if (XR_SUCCEEDED(recreate)) xrDestroyInstance(again);
    glXMakeCurrent(display, None, NULL);
    glXDestroyContext(display, context);
    XCloseDisplay(display);
    return 0;
}
