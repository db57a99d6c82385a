/// Copies the theme's `assets/` as they are.
enum AssetsStep {
  static func run(_ build: inout SiteBuild) throws(SiteFailure) {
    for asset in build.input.theme.assets { build.files["assets/" + asset.path] = asset.bytes }
  }
}
