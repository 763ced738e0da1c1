using Metaverse.ClientXr.Content.Avatars;
using Metaverse.ClientXr.Content.Organs;
using Metaverse.ClientXr.Content.Plant;

namespace Metaverse.ClientXr.Content;

/// <summary>
/// The client's procedural content, each piece built once on first use (thread-safe) and shared: the renderer keys
/// GPU buffers by mesh reference, so always draw these instances rather than building new ones.
/// </summary>
public static class ContentLibrary
{
    private static readonly Lazy<LossInWeightFeeder> LazyFeeder = new(() => new LossInWeightFeeder());
    private static readonly Lazy<ContinuousBlender> LazyBlender = new(() => new ContinuousBlender());
    private static readonly Lazy<TabletPress> LazyPress = new(() => new TabletPress());
    private static readonly Lazy<Bioreactor> LazyBioreactor = new(() => new Bioreactor());
    private static readonly Lazy<FreezeDryer> LazyFreezeDryer = new(() => new FreezeDryer());
    private static readonly Lazy<StatusLight> LazyStatusLight = new(() => new StatusLight());
    private static readonly Lazy<OrganSet> LazyOrgans = new(() => new OrganSet());
    private static readonly Lazy<AvatarMeshes> LazyAvatar = new(() => new AvatarMeshes());

    /// <summary>One feeder model, drawn once per feeder (API, excipient, lubricant) at different places.</summary>
    public static LossInWeightFeeder Feeder => LazyFeeder.Value;

    public static ContinuousBlender Blender => LazyBlender.Value;

    public static TabletPress TabletPress => LazyPress.Value;

    public static Bioreactor Bioreactor => LazyBioreactor.Value;

    public static FreezeDryer FreezeDryer => LazyFreezeDryer.Value;

    public static StatusLight StatusLight => LazyStatusLight.Value;

    public static OrganSet Organs => LazyOrgans.Value;

    public static AvatarMeshes Avatar => LazyAvatar.Value;
}
