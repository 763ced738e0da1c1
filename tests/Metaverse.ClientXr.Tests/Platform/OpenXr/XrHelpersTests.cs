using Metaverse.ClientXr.Platform.OpenXr;

namespace Metaverse.ClientXr.Tests.Platform.OpenXr;

public sealed class XrHelpersTests
{
    [Fact]
    public void Srgb_is_preferred_wherever_the_runtime_lists_it_then_rgba8_then_nothing()
    {
        Assert.Equal(XrSwapchainFormat.Srgb8Alpha8, XrSwapchainFormat.Choose([0x881A, XrSwapchainFormat.Rgba8, XrSwapchainFormat.Srgb8Alpha8]));
        Assert.Equal(XrSwapchainFormat.Rgba8, XrSwapchainFormat.Choose([0x881A, XrSwapchainFormat.Rgba8]));
        Assert.Null(XrSwapchainFormat.Choose([0x881A]));
        Assert.True(XrSwapchainFormat.IsSrgb(XrSwapchainFormat.Srgb8Alpha8));
        Assert.False(XrSwapchainFormat.IsSrgb(XrSwapchainFormat.Rgba8));
    }

    [Fact]
    public void Result_codes_have_their_header_names_and_errors_throw_with_the_call()
    {
        Assert.Equal("XR_ERROR_RUNTIME_UNAVAILABLE", XrResultNames.Name(XrResult.ErrorRuntimeUnavailable));
        Assert.Equal("XR_SESSION_LOSS_PENDING", XrResultNames.Name(XrResult.SessionLossPending));
        Assert.Equal("XrResult -1000101000", XrResultNames.Name((XrResult)(-1000101000)));
        Assert.Equal(XrResult.FrameDiscarded, OpenXrException.Check(XrResult.FrameDiscarded, "xrEndFrame"));
        var error = Assert.Throws<OpenXrException>(() => OpenXrException.Check(XrResult.ErrorSessionLost, "xrWaitFrame"));
        Assert.Equal("xrWaitFrame: XR_ERROR_SESSION_LOST", error.Message);
    }

    [Fact]
    public void Versions_pack_as_xr_make_version_and_the_gl_context_is_checked_against_the_minimum()
    {
        Assert.Equal(0x0001_0000_0000_0014UL, XrConstants.MakeVersion(1, 0, 20));
        Assert.Equal("1.0.20", XrConstants.VersionText(XrConstants.MakeVersion(1, 0, 20)));
        Assert.Equal(XrConstants.MakeVersion(4, 5, 0), XrGlVersion.Parse("4.5 (Core Profile) Mesa 22.3.6"));
        Assert.Null(XrGlVersion.Check("4.5 (Core Profile) Mesa 22.3.6", XrConstants.MakeVersion(3, 3, 0), XrConstants.MakeVersion(4, 6, 0)));
        Assert.Contains("needs OpenGL 4.6.0", XrGlVersion.Check("3.3 (Core Profile) Mesa", XrConstants.MakeVersion(4, 6, 0), XrConstants.MakeVersion(4, 6, 0)), StringComparison.Ordinal);
        Assert.NotNull(XrGlVersion.Check("garbage", 0, 0));
    }

    [Fact]
    public void Every_profile_binds_both_hands_poses_and_haptics_and_only_paths_of_its_hands()
    {
        Assert.Equal(5, XrBindingTable.Profiles.Count);
        foreach (var (profile, bindings) in XrBindingTable.Profiles)
        {
            foreach (var hand in new[] { XrBindingTable.Left, XrBindingTable.Right })
            {
                Assert.Contains((XrActionId.GripPose, $"{hand}/input/grip/pose"), bindings);
                Assert.Contains((XrActionId.AimPose, $"{hand}/input/aim/pose"), bindings);
                Assert.Contains((XrActionId.Haptic, $"{hand}/output/haptic"), bindings);
                Assert.Contains(bindings, b => b.Action == XrActionId.Select && b.Path.StartsWith(hand + "/", StringComparison.Ordinal));
            }

            Assert.All(bindings, b => Assert.Matches("^/user/hand/(left|right)/(input|output)/[a-z_]+(/[a-z]+)?$", b.Path));
            Assert.Equal(bindings.Count, bindings.Distinct().Count());
            Assert.StartsWith("/interaction_profiles/", profile, StringComparison.Ordinal);
        }

        var touch = XrBindingTable.Profiles.Single(p => p.Profile.EndsWith("oculus/touch_controller", StringComparison.Ordinal)).Bindings;
        Assert.DoesNotContain((XrActionId.Menu, "/user/hand/right/input/menu/click"), touch); // reserved (system button) on the right Touch
    }
}
