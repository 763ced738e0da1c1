/* Rigid transforms. A pose maps local coordinates to its parent's: p_parent = rotate(q, p_local) + t. */
#include "runtime.h"
#include <math.h>

XrPosef rt_pose_identity(void) {
    XrPosef pose = {{0, 0, 0, 1}, {0, 0, 0}};
    return pose;
}

static XrQuaternionf quat_multiply(XrQuaternionf a, XrQuaternionf b) {
    XrQuaternionf r;
    r.w = a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z;
    r.x = a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y;
    r.y = a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x;
    r.z = a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w;
    return r;
}

static XrQuaternionf quat_normalize(XrQuaternionf q) {
    float length = sqrtf(q.x * q.x + q.y * q.y + q.z * q.z + q.w * q.w);
    XrQuaternionf r = {q.x / length, q.y / length, q.z / length, q.w / length};
    return r;
}

XrVector3f rt_rotate(XrQuaternionf q, XrVector3f v) {
    XrQuaternionf p = {v.x, v.y, v.z, 0};
    XrQuaternionf conjugate = {-q.x, -q.y, -q.z, q.w};
    XrQuaternionf r = quat_multiply(quat_multiply(q, p), conjugate);
    XrVector3f out = {r.x, r.y, r.z};
    return out;
}

XrPosef rt_pose_multiply(XrPosef parent, XrPosef child) {
    XrPosef r;
    r.orientation = quat_normalize(quat_multiply(parent.orientation, child.orientation));
    XrVector3f moved = rt_rotate(parent.orientation, child.position);
    r.position.x = moved.x + parent.position.x;
    r.position.y = moved.y + parent.position.y;
    r.position.z = moved.z + parent.position.z;
    return r;
}

XrPosef rt_pose_inverse(XrPosef pose) {
    XrPosef r;
    r.orientation.x = -pose.orientation.x;
    r.orientation.y = -pose.orientation.y;
    r.orientation.z = -pose.orientation.z;
    r.orientation.w = pose.orientation.w;
    XrVector3f negated = {-pose.position.x, -pose.position.y, -pose.position.z};
    r.position = rt_rotate(r.orientation, negated);
    return r;
}

XrPosef rt_pose_lerp(XrPosef a, XrPosef b, float t) {
    XrPosef r;
    r.position.x = a.position.x + (b.position.x - a.position.x) * t;
    r.position.y = a.position.y + (b.position.y - a.position.y) * t;
    r.position.z = a.position.z + (b.position.z - a.position.z) * t;
    XrQuaternionf qa = a.orientation, qb = b.orientation;
    float dot = qa.x * qb.x + qa.y * qb.y + qa.z * qb.z + qa.w * qb.w;
    float sign = dot < 0 ? -1.0f : 1.0f;   /* shortest arc */
    XrQuaternionf q = {qa.x + (sign * qb.x - qa.x) * t, qa.y + (sign * qb.y - qa.y) * t, qa.z + (sign * qb.z - qa.z) * t,
                       qa.w + (sign * qb.w - qa.w) * t};
    r.orientation = quat_normalize(q);
    return r;
}

bool rt_pose_is_valid(XrPosef pose) {
    XrQuaternionf q = pose.orientation;
    float length = sqrtf(q.x * q.x + q.y * q.y + q.z * q.z + q.w * q.w);
    return fabsf(length - 1.0f) < 1e-3f && isfinite(pose.position.x) && isfinite(pose.position.y) && isfinite(pose.position.z);
}
