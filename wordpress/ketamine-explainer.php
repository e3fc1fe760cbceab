<?php
/**
 * Plugin Name:       Ketamine explainer
 * Description:       An interactive, accessible explainer for patients: how ketamine and SSRIs act in the brain, and what ketamine treatment is like. Adds a block and the [ketamine_explainer] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       ketamine-explainer
 *
 * The widget's release files are in widget/ (embed.js, its JS and wasm, the language and static
 * text files). This plugin only writes the element that shows them, and loads embed.js on the
 * pages that have one. It stores its settings (one option) and nothing else.
 */

defined( 'ABSPATH' ) || exit;

define( 'KETAMINE_EXPLAINER_VERSION', '0.1.0' );
define( 'KETAMINE_EXPLAINER_OPTION', 'ketamine_explainer' );

require_once __DIR__ . '/includes/fields.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', 'ketamine_explainer_register' );
add_action( 'admin_init', 'ketamine_explainer_admin_init' );
add_action( 'admin_menu', 'ketamine_explainer_admin_menu' );
add_filter( 'script_loader_tag', 'ketamine_explainer_module_tag', 10, 2 );
