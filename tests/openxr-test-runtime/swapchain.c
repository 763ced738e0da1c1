/* Swapchains: three GL textures per swapchain, created in the application's GL context (the current one, or the
 * session's bound context made current for the call), and the read-back of submitted eye images to PPM files. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SWAPCHAIN_MAGIC 0x58525357u
#ifndef GL_SRGB8_ALPHA8
#define GL_SRGB8_ALPHA8 0x8C43
#endif
#define GL_PIXEL_PACK_BUFFER_VALUE 0x88EB
#define GL_PIXEL_PACK_BUFFER_BINDING_VALUE 0x88ED

static const int64_t formats[] = {GL_SRGB8_ALPHA8, GL_RGBA8};

rt_swapchain *rt_swapchain_from(XrSwapchain handle) {
    rt_swapchain *swapchain = (rt_swapchain *)handle;
    return swapchain != NULL && swapchain->magic == SWAPCHAIN_MAGIC ? swapchain : NULL;
}

/* Makes the session's context current when the calling thread has none; `made` tells rt_gl_release to undo it. */
bool rt_gl_make_current(rt_session *session, bool *made) {
    *made = false;
    if (glXGetCurrentContext() != NULL) return true;
    if (session == NULL || !glXMakeCurrent(session->display, session->drawable, session->context)) return false;
    *made = true;
    return true;
}

void rt_gl_release(rt_session *session, bool made) {
    if (made) glXMakeCurrent(session->display, None, NULL);
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateSwapchainFormats(XrSession session, uint32_t capacity, uint32_t *count, int64_t *out) {
    XrResult check = rt_check_session(session);
    if (XR_FAILED(check)) return check;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = 2;
    if (capacity == 0) return XR_SUCCESS;
    if (capacity < 2) return XR_ERROR_SIZE_INSUFFICIENT;
    memcpy(out, formats, sizeof formats);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrCreateSwapchain(XrSession handle, const XrSwapchainCreateInfo *info, XrSwapchain *out) {
    XrResult check = rt_check_session(handle);
    if (XR_FAILED(check)) return check;
    if (info == NULL || out == NULL || info->type != XR_TYPE_SWAPCHAIN_CREATE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (info->format != formats[0] && info->format != formats[1]) {
        return rt_fail(XR_ERROR_SWAPCHAIN_FORMAT_UNSUPPORTED, "xrCreateSwapchain", "format 0x%llx", (long long)info->format);
    }
    if (info->width == 0 || info->height == 0 || info->width > 2048 || info->height > 2048 || info->faceCount != 1 ||
        info->arraySize != 1 || info->mipCount == 0 || info->sampleCount != 1) {
        return rt_fail(XR_ERROR_VALIDATION_FAILURE, "xrCreateSwapchain", "%ux%u faces %u array %u mips %u samples %u (supported: up to 2048², 1 face, array 1, 1 sample)",
                       info->width, info->height, info->faceCount, info->arraySize, info->mipCount, info->sampleCount);
    }
    bool made;
    if (!rt_gl_make_current(rt_current_session, &made)) return rt_fail(XR_ERROR_GRAPHICS_DEVICE_INVALID, "xrCreateSwapchain", "no GL context");
    rt_swapchain *swapchain = calloc(1, sizeof *swapchain);
    swapchain->magic = SWAPCHAIN_MAGIC;
    swapchain->width = info->width;
    swapchain->height = info->height;
    swapchain->format = info->format;
    swapchain->last_released = -1;
    GLint previous;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glGenTextures(RT_MAX_SWAPCHAIN_IMAGES, swapchain->images);
    for (int i = 0; i < RT_MAX_SWAPCHAIN_IMAGES; i++) {
        glBindTexture(GL_TEXTURE_2D, swapchain->images[i]);
        glTexImage2D(GL_TEXTURE_2D, 0, (GLint)info->format, (GLsizei)info->width, (GLsizei)info->height, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
    }
    glBindTexture(GL_TEXTURE_2D, (GLuint)previous);
    GLenum error = glGetError();
    rt_gl_release(rt_current_session, made);
    if (error != GL_NO_ERROR) {
        free(swapchain);
        return rt_fail(XR_ERROR_RUNTIME_FAILURE, "xrCreateSwapchain", "GL error 0x%x creating textures", error);
    }
    *out = (XrSwapchain)swapchain;
    rt_log("swapchain frame=%lld created width=%u height=%u format=0x%llx", (long long)rt_frame, info->width, info->height, (long long)info->format);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrDestroySwapchain(XrSwapchain handle) {
    rt_swapchain *swapchain = rt_swapchain_from(handle);
    if (swapchain == NULL) return XR_ERROR_HANDLE_INVALID;
    bool made;
    if (rt_gl_make_current(rt_current_session, &made)) {
        glDeleteTextures(RT_MAX_SWAPCHAIN_IMAGES, swapchain->images);
        rt_gl_release(rt_current_session, made);
    }
    swapchain->magic = 0;
    free(swapchain);
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrEnumerateSwapchainImages(XrSwapchain handle, uint32_t capacity, uint32_t *count, XrSwapchainImageBaseHeader *images) {
    rt_swapchain *swapchain = rt_swapchain_from(handle);
    if (swapchain == NULL) return XR_ERROR_HANDLE_INVALID;
    if (count == NULL) return XR_ERROR_VALIDATION_FAILURE;
    *count = RT_MAX_SWAPCHAIN_IMAGES;
    if (capacity == 0) return XR_SUCCESS;
    if (capacity < RT_MAX_SWAPCHAIN_IMAGES) return XR_ERROR_SIZE_INSUFFICIENT;
    XrSwapchainImageOpenGLKHR *gl = (XrSwapchainImageOpenGLKHR *)images;
    for (int i = 0; i < RT_MAX_SWAPCHAIN_IMAGES; i++) {
        if (gl[i].type != XR_TYPE_SWAPCHAIN_IMAGE_OPENGL_KHR) {
            return rt_fail(XR_ERROR_VALIDATION_FAILURE, "xrEnumerateSwapchainImages", "image %d type %d, needs XR_TYPE_SWAPCHAIN_IMAGE_OPENGL_KHR", i, gl[i].type);
        }
        gl[i].image = swapchain->images[i];
    }
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrAcquireSwapchainImage(XrSwapchain handle, const XrSwapchainImageAcquireInfo *info, uint32_t *index) {
    rt_swapchain *swapchain = rt_swapchain_from(handle);
    if (swapchain == NULL) return XR_ERROR_HANDLE_INVALID;
    if ((info != NULL && info->type != XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO) || index == NULL) return XR_ERROR_VALIDATION_FAILURE;
    if (swapchain->acquired_count == RT_MAX_SWAPCHAIN_IMAGES) return rt_fail(XR_ERROR_CALL_ORDER_INVALID, "xrAcquireSwapchainImage", "every image is acquired");
    swapchain->acquired[swapchain->acquired_count++] = swapchain->next_index;
    *index = (uint32_t)swapchain->next_index;
    swapchain->next_index = (swapchain->next_index + 1) % RT_MAX_SWAPCHAIN_IMAGES;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrWaitSwapchainImage(XrSwapchain handle, const XrSwapchainImageWaitInfo *info) {
    rt_swapchain *swapchain = rt_swapchain_from(handle);
    if (swapchain == NULL) return XR_ERROR_HANDLE_INVALID;
    if (info == NULL || info->type != XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (swapchain->acquired_count == 0 || swapchain->waited) return rt_fail(XR_ERROR_CALL_ORDER_INVALID, "xrWaitSwapchainImage", "no acquired image to wait for");
    swapchain->waited = true;
    return XR_SUCCESS;
}

XRAPI_ATTR XrResult XRAPI_CALL xrReleaseSwapchainImage(XrSwapchain handle, const XrSwapchainImageReleaseInfo *info) {
    rt_swapchain *swapchain = rt_swapchain_from(handle);
    if (swapchain == NULL) return XR_ERROR_HANDLE_INVALID;
    if (info != NULL && info->type != XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO) return XR_ERROR_VALIDATION_FAILURE;
    if (!swapchain->waited) return rt_fail(XR_ERROR_CALL_ORDER_INVALID, "xrReleaseSwapchainImage", "no waited image to release");
    swapchain->last_released = swapchain->acquired[0];
    memmove(swapchain->acquired, swapchain->acquired + 1, sizeof(int) * (size_t)(--swapchain->acquired_count));
    swapchain->waited = false;
    return XR_SUCCESS;
}

static void write_ppm(const char *path, const unsigned char *pixels, int texture_width, const XrRect2Di *rect) {
    FILE *file = fopen(path, "wb");
    if (file == NULL) {
        fprintf(stderr, "metaverse-test-runtime: cannot write %s\n", path);
        return;
    }
    fprintf(file, "P6\n%d %d\n255\n", rect->extent.width, rect->extent.height);
    for (int row = rect->extent.height - 1; row >= 0; row--) {   /* GL rows are bottom-up; PPM rows top-down */
        const unsigned char *line = pixels + ((size_t)(rect->offset.y + row) * (size_t)texture_width + (size_t)rect->offset.x) * 3;
        fwrite(line, 3, (size_t)rect->extent.width, file);
    }
    fclose(file);
}

/* Reads the image the eye's swapchain released last (the one submitted) back from the application's context. */
void rt_capture_eye(rt_swapchain *swapchain, const XrSwapchainSubImage *image, int64_t frame, int eye) {
    bool made;
    if (!rt_gl_make_current(rt_current_session, &made)) {
        rt_log("capture frame=%lld eye=%d skipped=no-gl-context", (long long)frame, eye);
        return;
    }
    int client_errors = 0;   /* errors the application left pending: reported, not blamed on the read-back */
    while (glGetError() != GL_NO_ERROR && client_errors < 16) client_errors++;
    typedef void (*bind_buffer_fn)(GLenum, GLuint);
    bind_buffer_fn bind_buffer = (bind_buffer_fn)glXGetProcAddressARB((const GLubyte *)"glBindBuffer");
    GLint previous_texture, previous_alignment, previous_pack_buffer;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous_texture);
    glGetIntegerv(GL_PACK_ALIGNMENT, &previous_alignment);
    glGetIntegerv(GL_PIXEL_PACK_BUFFER_BINDING_VALUE, &previous_pack_buffer);
    if (previous_pack_buffer != 0) bind_buffer(GL_PIXEL_PACK_BUFFER_VALUE, 0);
    unsigned char *pixels = malloc((size_t)swapchain->width * swapchain->height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glBindTexture(GL_TEXTURE_2D, swapchain->images[swapchain->last_released]);
    glGetTexImage(GL_TEXTURE_2D, 0, GL_RGB, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, (GLuint)previous_texture);
    glPixelStorei(GL_PACK_ALIGNMENT, previous_alignment);
    if (previous_pack_buffer != 0) bind_buffer(GL_PIXEL_PACK_BUFFER_VALUE, (GLuint)previous_pack_buffer);
    GLenum error = glGetError();
    rt_gl_release(rt_current_session, made);
    char name[64], path[4096];
    snprintf(name, sizeof name, "frame-%lld-eye-%d.ppm", (long long)frame, eye);
    snprintf(path, sizeof path, "%s/%s", rt_capture_dir(), name);
    if (error == GL_NO_ERROR) write_ppm(path, pixels, (int)swapchain->width, &image->imageRect);
    free(pixels);
    rt_log("capture frame=%lld eye=%d file=%s image=%d width=%d height=%d gl-error=0x%x client-gl-errors=%d", (long long)frame, eye,
           name, swapchain->last_released, image->imageRect.extent.width, image->imageRect.extent.height, error, client_errors);
}
