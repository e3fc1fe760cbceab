<?php
/**
 * The widget on a page: the block and the shortcode both write one <ketamine-explainer>
 * element (its settings as data-* attributes, a short text for when it cannot run, the booking
 * link) and load embed.js, as a module, on that page only.
 *
 * @package ketamine-explainer
 */

defined( 'ABSPATH' ) || exit;

/** Registers embed.js, the block and the shortcode. */
function ketamine_explainer_register() {
	$root = dirname( __DIR__ ) . '/ketamine-explainer.php';
	// In the footer, and only once a block or shortcode asks for it (wp_enqueue_script below).
	wp_register_script( 'ketamine-explainer', plugins_url( 'widget/embed.js', $root ), array(), KETAMINE_EXPLAINER_VERSION, true );
	wp_register_script(
		'ketamine-explainer-editor',
		plugins_url( 'block/editor.js', $root ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		KETAMINE_EXPLAINER_VERSION,
		true
	);
	wp_set_script_translations( 'ketamine-explainer-editor', 'ketamine-explainer' );
	$attributes = array();
	foreach ( array_keys( ketamine_explainer_fields() ) as $name ) {
		$attributes[ $name ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	register_block_type(
		dirname( __DIR__ ) . '/block',
		array(
			'attributes'      => $attributes,
			'render_callback' => 'ketamine_explainer_block',
		)
	);
	add_shortcode( 'ketamine_explainer', 'ketamine_explainer_shortcode' );
	add_filter( 'plugin_action_links_' . plugin_basename( $root ), 'ketamine_explainer_action_links' );
	add_action( 'enqueue_block_editor_assets', 'ketamine_explainer_editor_data' );
}

/** The block sidebar's list of settings, for the editor only. */
function ketamine_explainer_editor_data() {
	$fields = wp_json_encode( ketamine_explainer_editor_fields(), JSON_HEX_TAG | JSON_HEX_AMP );
	wp_add_inline_script( 'ketamine-explainer-editor', 'window.ketamineExplainerFields = ' . $fields . ';', 'before' );
}

/** The block sidebar's controls, from the one list of settings (but what the author's blocks
 * cannot set: ketamine_explainer_owned()). */
function ketamine_explainer_editor_fields() {
	$fields = array();
	foreach ( ketamine_explainer_fields() as $name => $field ) {
		if ( preg_match( '/^(clinic|booking)_/', $name ) && ! current_user_can( 'unfiltered_html' ) ) {
			continue;
		}
		$options = null;
		if ( 'choice' === $field[0] ) {
			$options = ketamine_explainer_choices( $name );
		} elseif ( 'flag' === $field[0] ) {
			$options = array(
				'yes' => __( 'Yes', 'ketamine-explainer' ),
				'no'  => __( 'No', 'ketamine-explainer' ),
			);
		}
		$fields[] = array(
			'name'    => $name,
			'label'   => $field[1],
			'options' => $options,
		);
	}
	return $fields;
}

/**
 * [ketamine_explainer view="ssri" lang="es"]: any setting's name, or any of the widget's data-*
 * settings with _ for -. Another name is passed on too (but booking_*), so the widget's console
 * warning names it. Not the page owner's (ketamine_explainer_owned()).
 *
 * @param array|string $atts The shortcode's attributes.
 */
function ketamine_explainer_shortcode( $atts ) {
	return ketamine_explainer_markup( is_array( $atts ) ? $atts : array() );
}

/**
 * The block: only the settings it has (its sidebar's), on the element with the block's own
 * wrapper attributes (its class, for themes).
 *
 * @param array $attributes The block's attributes.
 */
function ketamine_explainer_block( $attributes ) {
	$known = array_intersect_key( (array) $attributes, ketamine_explainer_fields() );
	return ketamine_explainer_markup( $known, get_block_wrapper_attributes() );
}

/**
 * The element for one block or shortcode: the site's settings, with this one's own values
 * over them. Every value is escaped here; the widget checks them again (one console warning
 * per bad value, and its default).
 *
 * @param array  $instance This block's attributes or this shortcode's.
 * @param string $wrapper  Attributes WordPress made for the block (already escaped), or ''.
 */
function ketamine_explainer_markup( $instance, $wrapper = '' ) {
	$values = ketamine_explainer_settings();
	foreach ( (array) $instance as $name => $value ) {
		$name = strtolower( str_replace( '-', '_', (string) $name ) );
		if ( is_scalar( $value ) && '' !== trim( (string) $value ) && preg_match( '/^[a-z][a-z0-9_]*\z/', $name )
			&& ! ketamine_explainer_owned( $name ) ) {
			$values[ $name ] = trim( (string) $value );
		}
	}
	wp_enqueue_script( 'ketamine-explainer' );
	$attributes = '';
	$fields     = ketamine_explainer_fields();
	foreach ( $values as $name => $value ) {
		if ( '' === $value || 0 === strpos( $name, 'booking_' ) ) {
			continue;
		}
		if ( isset( $fields[ $name ] ) && 'flag' === $fields[ $name ][0] ) {
			if ( ! in_array( strtolower( $value ), array( '1', 'yes', 'true', 'on' ), true ) ) {
				continue;
			}
			$value = '';
		}
		$attributes .= sprintf( ' data-%s="%s"', esc_attr( str_replace( '_', '-', $name ) ), esc_attr( $value ) );
	}
	$wrapper = '' === $wrapper ? '' : ' ' . $wrapper;
	return '<ketamine-explainer' . $wrapper . $attributes . '>' . ketamine_explainer_fallback( $values ) . ketamine_explainer_booking( $values ) . '</ketamine-explainer>';
}

/**
 * Whether a block's or shortcode's `$name` belongs to someone else than the post's author, and is
 * not taken from it: the page's behaviour (url_hash rewrites the page's address on every step,
 * autoplay starts moving unasked: set by whoever builds the page, e.g. through the JS API), and
 * the clinic's contact details (clinic_*, booking_*), which the settings page keeps, unless the
 * author may post unfiltered HTML (an administrator; a super admin on a network), who could
 * write any link anyway.
 *
 * @param string $name A setting's name, with _ for -.
 */
function ketamine_explainer_owned( $name ) {
	if ( in_array( $name, array( 'url_hash', 'autoplay' ), true ) ) {
		return true;
	}
	if ( ! preg_match( '/^(clinic|booking)_/', $name ) ) {
		return false;
	}
	$post = get_post();
	return ! ( $post && user_can( (int) $post->post_author, 'unfiltered_html' ) );
}

/**
 * What the page shows if the widget cannot run (embed.js blocked or missing, no WebAssembly):
 * what it would have explained, and whom to ask. The widget hides it when it starts.
 *
 * @param array $values The element's settings.
 */
function ketamine_explainer_fallback( $values ) {
	$lang   = $values['lang'];
	$phone  = $values['clinic_phone'];
	$digits = preg_replace( '/[^0-9]/', '', $phone );
	// In the widget's language, as the widget would say it (not the site's).
	if ( '' === $phone || '' !== ketamine_explainer_problem( 'phone', 'clinic_phone', $phone ) ) {
		$ask = esc_html( ketamine_explainer_words( $lang, 'not_shown_ask' ) );
	} else {
		$who  = '' !== $values['clinic_name'] ? ketamine_explainer_plain_text( $values['clinic_name'] ) : ketamine_explainer_words( $lang, 'the_clinic' );
		$link = sprintf( '<a href="%s">%s</a>', esc_url( 'tel:' . ( '+' === substr( ltrim( $phone ), 0, 1 ) ? '+' : '' ) . $digits, array( 'tel' ) ), esc_html( $phone ) );
		$ask  = strtr(
			esc_html( ketamine_explainer_words( $lang, 'not_shown_call' ) ),
			array(
				'{who}'   => esc_html( $who ),
				'{phone}' => $link,
			)
		);
	}
	$about = ketamine_explainer_words( $lang, 'about' );
	return '<p>' . esc_html( $about ) . ' ' . $ask . '</p>';
}

/**
 * The clinic's booking link, in the widget's contact block (slot="cta"), if it is a safe link.
 *
 * @param array $values The element's settings.
 */
function ketamine_explainer_booking( $values ) {
	$url = $values['booking_url'];
	if ( '' === $url || '' !== ketamine_explainer_problem( 'url', 'booking_url', $url ) ) {
		return '';
	}
	$text = '' !== $values['booking_text'] ? ketamine_explainer_plain_text( $values['booking_text'] ) : ketamine_explainer_words( $values['lang'], 'book' );
	return sprintf( '<a slot="cta" href="%s">%s</a>', esc_url( $url, array( 'https', 'mailto', 'tel' ) ), esc_html( $text ) );
}

/**
 * embed.js is an ES module: WordPress 6.1 has no module scripts of its own, so its tag gets
 * type="module" (and loses any other type).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 */
function ketamine_explainer_module_tag( $tag, $handle ) {
	if ( 'ketamine-explainer' !== $handle ) {
		return $tag;
	}
	// Only the tag of embed.js itself (its id), not any inline script printed with it.
	return preg_replace_callback(
		'/<script\b[^>]*\sid=([\'"])ketamine-explainer-js\1[^>]*>/',
		function ( $open ) {
			$open = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $open[0] );
			return '<script type="module"' . substr( $open, strlen( '<script' ) );
		},
		$tag,
		1
	);
}
